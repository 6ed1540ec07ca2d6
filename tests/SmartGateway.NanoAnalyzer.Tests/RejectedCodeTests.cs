using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SmartGateway.NanoAnalyzer.Tests;

/// <summary>Code outside the nano subset is reported, naming the member or feature.</summary>
public class RejectedCodeTests
{
    [Fact]
    public void ListOfTIsMissingAndGeneric()
    {
        IReadOnlyList<Diagnostic> f = Findings.Of("int M() { var l = new System.Collections.Generic.List<int>(); l.Add(1); return l.Count; }");
        f.Reported("NANO001", "System.Collections.Generic");
        f.Reported("NANO002", "System.Collections.Generic.List<int>");
        f.Reported("NANO003", "System.Collections.Generic.List<int>");
    }

    [Fact]
    public void LinqIsMissing()
    {
        IReadOnlyList<Diagnostic> f = Findings.Of("using System.Linq;|int M(int[] a) => a.Where(x => x > 1).Count();");
        f.Reported("NANO001", "System.Linq");
        f.Reported("NANO003", "System.Linq.Enumerable");
    }

    [Fact]
    public void SpanOfTIsMissing()
    {
        IReadOnlyList<Diagnostic> f = Findings.Of("int M(byte[] a) { System.Span<byte> s = a; return s.Length; }");
        f.Reported("NANO001", "System.Span<byte>");
        f.Reported("NANO003", "System.Span<byte>");
    }

    [Fact]
    public void AsyncAwaitIsMissing()
    {
        IReadOnlyList<Diagnostic> f = Findings.Of("async System.Threading.Tasks.Task M() { await System.Threading.Tasks.Task.Yield(); }");
        f.Reported("NANO001", "System.Threading.Tasks");
        f.Reported("NANO004", "async");
    }

    [Fact]
    public void DecimalIsMissing()
    {
        IReadOnlyList<Diagnostic> f = Findings.Of("decimal M(decimal a) => a * 2m;");
        f.Reported("NANO001", "decimal");
        f.Reported("NANO005", "decimal");
    }

    [Fact]
    public void StringReplaceIsMissing() =>
        Findings.Of("string M(string s) => s.Replace(\"a\", \"b\");").Reported("NANO001", "string.Replace(string, string)");

    [Fact]
    public void StringContainsCharIsMissing() =>
        Findings.Of("bool M(string s) => s.Contains('x');").Reported("NANO001", "string.Contains(char)");

    [Fact]
    public void FormatSpecifierInInterpolationHole() =>
        Findings.Of("string M(long x) => $\"{x:F2}\";").Reported("NANO010", "{x:F2}");

    [Fact]
    public void FormatSpecifierInStringFormat() =>
        Findings.Of("string M(long x) => string.Format(\"{0:X4}\", x);").Reported("NANO010", "{0:X4}");

    [Fact]
    public void CustomNumberFormat() =>
        Findings.Of("string M(long x) => x.ToString(\"0.00\");").Reported("NANO010", "0.00");

    [Fact]
    public void NullableValueType()
    {
        IReadOnlyList<Diagnostic> f = Findings.Of("int? M() => null;");
        f.Reported("NANO001", "int?");
        f.Reported("NANO004", "nullable value type 'int?'");
    }

    [Fact]
    public void Tuples()
    {
        IReadOnlyList<Diagnostic> f = Findings.Of("(int, int) M() => (1, 2);");
        f.Reported("NANO001", "(int, int)");
        f.Reported("NANO004", "tuple '(int, int)'");
    }

    [Fact]
    public void Records()
    {
        IReadOnlyList<Diagnostic> f = Findings.Of("record R(int A);");
        f.Reported("NANO004", "record");
    }

    [Fact]
    public void DateTimeNow()
    {
        IReadOnlyList<Diagnostic> f = Findings.Of("System.DateTime M() => System.DateTime.Now;");
        f.Reported("NANO001", "System.DateTime.Now");
        f.Reported("NANO013", "System.DateTime.Now");
    }

    [Fact]
    public void TimeSpanFromDoubleSeconds() =>
        Findings.Of("System.TimeSpan M() => System.TimeSpan.FromSeconds(1.5);", semantics: false).Reported("NANO013", "System.TimeSpan.FromSeconds(double)");

    [Fact]
    public void TimeZoneInfoAndDateTimeOffset()
    {
        IReadOnlyList<Diagnostic> f = Findings.Of("System.DateTimeOffset M() => System.TimeZoneInfo.ConvertTime(System.DateTimeOffset.UtcNow, System.TimeZoneInfo.Utc);");
        f.Reported("NANO013", "System.TimeZoneInfo");
        f.Reported("NANO013", "System.DateTimeOffset");
    }

    [Fact]
    public void EnumGetValues()
    {
        IReadOnlyList<Diagnostic> f = Findings.Of("enum E { A } System.Array M() => System.Enum.GetValues(typeof(E));");
        f.Reported("NANO001", "System.Enum.GetValues(System.Type)");
        f.Reported("NANO011", "Enum.GetValues");
    }

    [Fact]
    public void EnumToString() =>
        Findings.Of("enum E { A } string M(E e) => e.ToString();").Reported("NANO011", "Probe.P.E.ToString()");

    [Fact]
    public void EnumInInterpolation() =>
        Findings.Of("enum E { A } string M(E e) => $\"state {e}\";").Reported("NANO011", "enum 'Probe.P.E' turned into text");

    [Fact]
    public void CheckedExpression() =>
        Findings.Of("int M(int a, int b) => checked(a + b);").Reported("NANO007", "checked(...)");

    [Fact]
    public void CheckedBlock() =>
        Findings.Of("int M(int a, int b) { checked { return a * b; } }").Reported("NANO007", "checked block");

    [Fact]
    public void CatchingDivideByZero()
    {
        IReadOnlyList<Diagnostic> f = Findings.Of("int M(int a, int b) { try { return a / b; } catch (System.DivideByZeroException) { return 0; } }");
        f.Reported("NANO001", "DivideByZeroException");
        f.Reported("NANO008", "System.DivideByZeroException");
    }

    [Fact]
    public void DoubleMathInSemanticsCode()
    {
        IReadOnlyList<Diagnostic> f = Findings.Of("long M(long a) => (long)System.Math.Sqrt(a);");
        f.Reported("NANO009", "'double'");
    }

    [Fact]
    public void FloatFieldInSemanticsCode() =>
        Findings.Of("float _gain;").Reported("NANO009", "'float'");

    [Fact]
    public void GenericMethodDeclaredAndUsed()
    {
        IReadOnlyList<Diagnostic> f = Findings.Of("static T Id<T>(T x) => x; int M() => Id(3);");
        f.Reported("NANO002", "method declaration 'Id<T>'");
        f.Reported("NANO002", "Probe.P.Id<int>(int)");
    }

    [Fact]
    public void GenericClassDeclared() =>
        Findings.Of("class Box<T> { public T? V; }").Reported("NANO002", "type declaration 'Box<T>'");

    [Fact]
    public void LambdaNaturalTypeIsGenericFunc() =>
        Findings.Of("int M() { var f = () => 1; return f(); }").Reported("NANO002", "System.Func<int>");

    [Fact]
    public void FuncDelegateIsGeneric() =>
        Findings.Of("int M(System.Func<int, int> f) => f(1);").Reported("NANO002", "System.Func<int, int>");

    [Fact]
    public void ActionOfTIsGeneric() =>
        Findings.Of("void M() { System.Action<int> a = x => { }; a(1); }").Reported("NANO002", "System.Action<int>");

    [Fact]
    public void YieldIterator()
    {
        IReadOnlyList<Diagnostic> f = Findings.Of("System.Collections.IEnumerable M() { yield return 1; }");
        f.Reported("NANO001", "CS0518");
        f.Reported("NANO004", "yield");
    }

    [Fact]
    public void MultidimensionalArray() =>
        Findings.Of("int M() { var a = new int[2, 2]; return a[0, 1]; }").Reported("NANO006", "int[*,*]");

    [Fact]
    public void InterlockedOnLong() =>
        Findings.Of("long n; void M() { System.Threading.Interlocked.Increment(ref n); }").Reported("NANO014", "Interlocked.Increment(long)");

    [Fact]
    public void ThreadPool() =>
        Findings.Of("void M() { System.Threading.ThreadPool.QueueUserWorkItem(_ => { }); }").Reported("NANO014", "System.Threading.ThreadPool");

    [Fact]
    public void ThreadAbort() =>
        Findings.Of("void M(System.Threading.Thread t) { t.Interrupt(); }").Reported("NANO014", "System.Threading.Thread.Interrupt");

    [Fact]
    public void ReflectionGetType() =>
        Findings.Of("string M(object o) => o.GetType().Name;").Reported("NANO016", "object.GetType");

    [Fact]
    public void ReflectionMethodInfo() =>
        Findings.Of("object? M() => typeof(string).GetMethod(\"Trim\", new System.Type[0]);").Reported("NANO016", "System.Reflection.MethodInfo");

    [Fact]
    public void StackAlloc() =>
        Findings.Of("int M() { System.Span<int> s = stackalloc int[4]; return s[0]; }").Reported("NANO004", "stackalloc");

    [Fact]
    public void IndexFromEnd() =>
        Findings.Of("int M(int[] a) => a[^1];").Reported("NANO004", "index/range");

    [Fact]
    public void PlatformBranchInSemanticsCode()
    {
        ImmutableArray<Diagnostic> f = NanoCheck.Run("namespace Probe;\nclass P\n{\n#if NANOFRAMEWORK_1_0\n    int M() => 1;\n#else\n    int M() => 2;\n#endif\n}\n", "Probe");
        f.Reported("NANO018", "NANOFRAMEWORK_1_0");
    }
}
