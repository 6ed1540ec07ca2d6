using Microsoft.CodeAnalysis;

namespace SmartGateway.NanoAnalyzer.Tests;

/// <summary>
/// docs/NANO.md §4.3's probe matrix, stable column: each probe compiled against the stub core library gives the
/// verdict the real nanoFramework 1.x library sources gave (OK: no NANO001; FAIL: NANO001 naming what is missing).
/// </summary>
public class ProbeMatrixTests
{
    public static TheoryData<string, string, string?> Probes => new()
    {
        // name, body of `class P { ... }` (usings allowed before with "using X;|"), expected text of the first NANO001 (null = OK)
        { "generic class declare+use", "class Box<T> { public T V; } void M() { var b = new Box<int>(); b.V = 1; }", null },
        { "generic method", "static T Id<T>(T x) => x; void M() { int i = Id(3); }", null },
        { "List<int>", "using System.Collections.Generic;|void M() { var l = new List<int>(); l.Add(1); }", "System.Collections.Generic" },
        { "Dictionary<string,int>", "using System.Collections.Generic;|void M() { var d = new Dictionary<string, int>(); }", "System.Collections.Generic" },
        { "LINQ Where/Count", "using System.Linq;|int M(int[] a) => a.Where(x => x > 1).Count();", "System.Linq" },
        { "async/await Task", "using System.Threading.Tasks;|async Task<int> M() { await Task.Delay(1); return 1; }", "System.Threading.Tasks" },
        { "yield return", "System.Collections.IEnumerable M() { yield return 1; }", "CS0518" },
        { "interpolation", "string M(int a, int b) => $\"a={a} b={b}\";", null },
        { "interpolation with format", "string M(double a) => $\"{a:F2} {a,8:N1}\";", null },
        { "lambda to custom delegate", "delegate int D(int x); D M(int k) => x => x + k;", null },
        { "Func<int,int> lambda", "System.Func<int, int> M() => x => x + 1;", null },
        { "struct/enum/flags/interface/event", "struct S { public int A; } [System.Flags] enum E { A = 1, B = 2 } interface I { void Go(); } event System.EventHandler Changed; void M() { Changed?.Invoke(this, System.EventArgs.Empty); }", null },
        { "try/catch FormatException/filter/finally", "int M(string s) { try { return int.Parse(s); } catch (System.FormatException e) when (e.Message != null) { return 0; } finally { } }", null },
        { "checked(a+b)", "int M(int a, int b) => checked(a + b);", null },
        { "catch OverflowException", "void M() { try { } catch (System.OverflowException) { } }", "OverflowException" },
        { "decimal", "decimal M(decimal a) => a * 2;", "decimal" },
        { "int?", "int? M() => null;", "int?" },
        { "tuples", "(int, int) M() => (1, 2);", "(int, int)" },
        { "record", "record R(int A);", "CS0518" },
        { "switch expression + patterns", "string M(object o) => o switch { int i when i > 3 => \"big\", string s => s, _ => \"\" };", null },
        { "Span<byte>", "void M(byte[] a) { System.Span<byte> s = a; }", "System.Span<byte>" },
        { "SpanByte", "#if NANOFRAMEWORK_1_0\nvoid M(byte[] a) { System.SpanByte s = a; s.Slice(1); }\n#endif", null },
        { "stackalloc", "int M() { System.Span<int> s = stackalloc int[4]; return s.Length; }", "System.Span<int>" },
        { "a[^1]", "int M(int[] a) => a[^1];", "System.Index" },
        { "new int[2,2]", "int M() { var a = new int[2, 2]; return a[0, 1]; }", null },
        { "foreach/lock/using", "class Res : System.IDisposable { public void Dispose() { } } int M(int[] a, object g) { int s = 0; foreach (int x in a) s += x; lock (g) { } using (var r = new Res()) { } return s; }", null },
        { "static ctor, init, property initializer", "static int S; static P() { S = 1; } public int A { get; init; } = 3;", null },
        { "long/float/double + Math", "double M(long l, float f, double d) => System.Math.Sqrt(d) + System.Math.Round(d) + System.Math.Pow(d, 2) + f + l;", null },
        { "string basics", "string M(string s) => s.Trim().ToUpper().Substring(1) + string.Format(\"{1:X4}\", 1, 2) + s.IndexOf('a') + s.Split(',').Length + string.IsNullOrEmpty(s);", null },
        { "string.Replace", "string M(string s) => s.Replace(\"a\", \"b\");", "string.Replace(string, string)" },
        { "string.Join", "string M(string[] s) => string.Join(\",\", s);", "string.Join" },
        { "string.IsNullOrWhiteSpace", "bool M(string s) => string.IsNullOrWhiteSpace(s);", "string.IsNullOrWhiteSpace(string)" },
        { "string.Contains(char)", "bool M(string s) => s.Contains('x');", "string.Contains(char)" },
        { "StringBuilder", "string M() { var b = new System.Text.StringBuilder(); b.Append(1).AppendLine(\"x\").Replace(\"a\", \"b\"); return b.ToString(); }", null },
        { "BitConverter + Array.Copy", "byte[] M(int v) { byte[] b = System.BitConverter.GetBytes(v); var c = new byte[4]; System.Array.Copy(b, c, 4); return c; }", null },
        { "DateTime.UtcNow, TimeSpan.FromSeconds(5)", "System.DateTime M() => System.DateTime.UtcNow + System.TimeSpan.FromSeconds(5);", null },
        { "DateTime.Now", "System.DateTime M() => System.DateTime.Now;", "System.DateTime.Now" },
        { "TimeZoneInfo", "System.TimeZoneInfo M() => System.TimeZoneInfo.Utc;", "System.TimeZoneInfo" },
        { "Thread + Timer + Interlocked", "int n; void M() { var t = new System.Threading.Thread(Run); t.Start(); var tm = new System.Threading.Timer(Cb, null, 0, 1000); System.Threading.Interlocked.Increment(ref n); } void Run() { } void Cb(object? s) { }", null },
        { "Enum.GetValues", "enum E { A } System.Array M() => System.Enum.GetValues(typeof(E));", "System.Enum.GetValues(System.Type)" },
        { "catch DivideByZeroException", "void M() { try { } catch (System.DivideByZeroException) { } }", "DivideByZeroException" },
        { "static local function, default interface method", "interface I { int F() => 1; } int M() { return L(2); static int L(int x) => x; }", null },
        { "Hashtable + ArrayList", "object? M() { var h = new System.Collections.Hashtable(); h[\"a\"] = 1; var l = new System.Collections.ArrayList(); l.Add(1); return h[\"a\"]; }", null },
        { "Math.Round(d, 2)", "double M(double d) => System.Math.Round(d, 2);", "System.Math.Round(double, int)" },
        { "int.TryParse, ToString(D4/F3/X)", "string M(string s) { int.TryParse(s, out int v); return v.ToString(\"D4\") + 1.5.ToString(\"F3\") + v.ToString(\"X\"); }", null },
        { "IComparable<T>", "class C : System.IComparable<C> { public int CompareTo(C? o) => 0; }", "System.IComparable<" },
        { "optional/named/params", "int M(int a, int b = 2, params int[] r) => a + b + r.Length; int N() => M(b: 3, a: 1) + M(1, 2, 3, 4);", null },
        { "Guid.NewGuid, Random.Next", "int M() => System.Guid.NewGuid().GetHashCode() + new System.Random().Next(10);", null },
        { "rethrow", "void M() { try { } catch (System.Exception) { throw; } }", null },
        { "Convert", "int M(byte[] b) => System.Convert.ToBase64String(b).Length + System.Convert.ToInt32(\"ff\", 16);", null },
        { "foreach over string, switch on strings", "int M(string s) { int n = 0; foreach (char c in s) n++; switch (s) { case \"a\": case \"b\": case \"c\": case \"d\": case \"e\": case \"f\": case \"g\": return 1; } return n; }", null },
        { "using var + patterns", "class Res : System.IDisposable { public void Dispose() { } } bool M(object o) { using var r = new Res(); return o is int i and > 3; }", null },
    };

    [Theory]
    [MemberData(nameof(Probes))]
    public void StubRouteGivesTheRealCompilersVerdict(string name, string body, string? expected)
    {
        string source = Wrap(body);
        Assert.Empty(NanoCheck.NetErrors(source, "10.0"));
        var api = NanoCheck.Run(source, langVersion: "10.0").Where(d => d.Id == "NANO001").ToList();
        if (expected == null)
        {
            Assert.True(api.Count == 0, name + ": " + string.Join("\n", api.Select(d => d.GetMessage())));
            return;
        }
        Assert.True(api.Count > 0, name + ": expected NANO001 naming " + expected);
        Assert.True(api[0].GetMessage().Contains(expected), name + ": " + string.Join("\n", api.Select(d => d.GetMessage())));
    }

    /// <summary>The matrix's probes of newer syntax, compiled with LangVersion latest.</summary>
    public static TheoryData<string, string, string?> LatestSyntaxProbes => new()
    {
        { "raw string literal", "string M() => \"\"\"\n  raw \"text\"\n  \"\"\";", null },
        { "var f = () => 1, collection expression, primary ctor", "class Q(int x) { public int X => x; } int M() { var f = () => 1; int[] a = [1, 2, 3]; return f() + a[0] + new Q(2).X; }", null },
        { "interpolation of two holes, #nullable annotations", "#nullable enable\nstring? M(int a, string? b) => $\"{a}-{b}\";", null },
        { "required member", "class R { public required int A { get; init; } }", "RequiredMemberAttribute" },
    };

    [Theory]
    [MemberData(nameof(LatestSyntaxProbes))]
    public void NewerSyntaxGivesTheRealCompilersVerdict(string name, string body, string? expected)
    {
        string source = Wrap(body);
        Assert.Empty(NanoCheck.NetErrors(source, "latest"));
        var api = NanoCheck.Run(source, langVersion: "latest").Where(d => d.Id == "NANO001").ToList();
        if (expected == null)
        {
            Assert.True(api.Count == 0, name + ": " + string.Join("\n", api.Select(d => d.GetMessage())));
            return;
        }
        Assert.True(api.Count > 0 && api[0].GetMessage().Contains(expected), name + ": " + string.Join("\n", api.Select(d => d.GetMessage())));
    }

    /// <summary>Probes whose verdict differs between the lines, and two that fail on both (preview column).</summary>
    public static TheoryData<string, string, string?> PreviewProbes => new()
    {
        { "List<int>", "using System.Collections.Generic;|void M() { var l = new List<int>(); l.Add(1); }", null },
        { "Dictionary<string,int>", "using System.Collections.Generic;|void M() { var d = new Dictionary<string, int>(); }", null },
        { "yield return", "System.Collections.IEnumerable M() { yield return 1; }", null },
        { "int?", "int? M() => null;", null },
        { "Span<byte>", "void M(byte[] a) { System.Span<byte> s = a; }", null },
        { "IComparable<T>", "class C : System.IComparable<C> { public int CompareTo(C? o) => 0; }", null },
        { "SpanByte", "#if NANOFRAMEWORK_1_0\nvoid M(byte[] a) { System.SpanByte s = a; }\n#endif", "SpanByte" },
        { "LINQ Where/Count", "using System.Linq;|int M(int[] a) => a.Where(x => x > 1).Count();", "System.Linq" },
        { "decimal", "decimal M(decimal a) => a * 2;", "decimal" },
    };

    [Theory]
    [MemberData(nameof(PreviewProbes))]
    public void PreviewLineGivesThePreviewVerdict(string name, string body, string? expected)
    {
        string source = Wrap(body);
        var api = NanoCheck.Run(source, langVersion: "10.0", line: "preview").Where(d => d.Id == "NANO001").ToList();
        if (expected == null)
        {
            Assert.True(api.Count == 0, name + ": " + string.Join("\n", api.Select(d => d.GetMessage())));
            return;
        }
        Assert.True(api.Count > 0 && api[0].GetMessage().Contains(expected) && api[0].GetMessage().Contains("2.0-preview"),
            name + ": " + string.Join("\n", api.Select(d => d.GetMessage())));
    }

    internal static string Wrap(string body)
    {
        string usings = "";
        int bar = body.IndexOf('|');
        if (bar > 0 && body.StartsWith("using ", StringComparison.Ordinal))
        {
            usings = body.Substring(0, bar) + "\n";
            body = body.Substring(bar + 1);
        }
        return usings + "namespace Probe\n{\n    class P\n    {\n        " + body + "\n    }\n}\n";
    }
}
