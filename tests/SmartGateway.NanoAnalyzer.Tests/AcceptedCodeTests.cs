namespace SmartGateway.NanoAnalyzer.Tests;

/// <summary>Code inside the nano subset passes without findings, in semantics code.</summary>
public class AcceptedCodeTests
{
    [Fact]
    public void ArrayListAndHashtable() =>
        Findings.Of("object M() { var l = new System.Collections.ArrayList(); l.Add(\"a\"); var h = new System.Collections.Hashtable(); h[\"k\"] = l[0]; return h[\"k\"]!; }").None();

    [Fact]
    public void StringBuilder() =>
        Findings.Of("string M(long v) { var b = new System.Text.StringBuilder(); b.Append(\"v=\").Append(v.ToString()).AppendLine(); return b.ToString(); }").None();

    [Fact]
    public void LongArithmeticWithUnchecked() =>
        Findings.Of("long M(long a, long b) { long r = unchecked(a + b); if (((a ^ r) & (b ^ r)) < 0) return a < 0 ? long.MinValue : long.MaxValue; return r / 1000000 % 7; }").None();

    [Fact]
    public void StringFormatWithoutSpecifiers() =>
        Findings.Of("string M(long a, string b) => string.Format(\"{0} and {1,5} {{literal:x}}\", a, b);").None();

    [Fact]
    public void StandardNumberFormats() =>
        Findings.Of("string M(long a) => a.ToString(\"D4\") + a.ToString(\"X8\") + a.ToString(\"N\");").None();

    [Fact]
    public void InterpolationWithoutSpecifiers() =>
        Findings.Of("string M(long a, string b) => $\"a={a} b={b,8}\";").None();

    [Fact]
    public void DateTimeUtcNowAndLongTimeSpans() =>
        Findings.Of("System.DateTime M() => System.DateTime.UtcNow + System.TimeSpan.FromSeconds(5) + new System.TimeSpan(0, 1, 0);").None();

    [Fact]
    public void ThreadTimerLockAndIntInterlocked() =>
        Findings.Of("int _n; readonly object _gate = new object(); void M() { var t = new System.Threading.Thread(Run); t.Start(); var timer = new System.Threading.Timer(Tick, null, 0, 1000); lock (_gate) { System.Threading.Interlocked.Increment(ref _n); } } void Run() { } void Tick(object? state) { }").None();

    [Fact]
    public void LambdaToCustomNonGenericDelegate() =>
        Findings.Of("delegate long Map(long x); Map M(long k) => x => x + k;").None();

    [Fact]
    public void SwitchOnEnumMapsNames() =>
        Findings.Of("enum E { A, B } string Name(E e) { switch (e) { case E.A: return \"a\"; default: return \"b\"; } }").None();

    [Fact]
    public void ForeachOverStringAndJaggedArrays() =>
        Findings.Of("int M(string s, int[][] j) { int n = 0; foreach (char c in s) n += c; return n + j[0][0]; }").None();

    [Fact]
    public void FloatOutsideSemanticsCodeIsAllowed() =>
        Findings.Of("double M(double d) => System.Math.Sqrt(d) * 2.5;", semantics: false).None();

    [Fact]
    public void FloatConverterMarkedNanoFloatAllowed() =>
        Findings.Of("[SmartGateway.Runtime.NanoFloatAllowed] static long FromFloat32(float f) => (long)(f * 1000000f);").None();

    [Fact]
    public void UncheckedAndIntegerDivisionGuard() =>
        Findings.Of("long M(long a, long b) => b == 0 ? 0 : unchecked(a / b);").None();

    [Fact]
    public void PlatformBranchOutsideSemanticsCodeIsAllowed() =>
        NanoCheck.Run("namespace Adapters;\nclass P\n{\n#if NANOFRAMEWORK_1_0\n    int M() => 1;\n#else\n    int M() => 2;\n#endif\n}\n", "Probe").None();
}
