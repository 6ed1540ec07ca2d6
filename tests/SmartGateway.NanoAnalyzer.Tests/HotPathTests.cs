using Microsoft.CodeAnalysis;

namespace SmartGateway.NanoAnalyzer.Tests;

/// <summary>N15: a [NanoHotPath] method and everything it calls in the project allocate nothing.</summary>
public class HotPathTests
{
    private const string Attr = "[SmartGateway.Runtime.NanoHotPath] ";

    [Fact]
    public void ArrayCreationInHotPath() =>
        Findings.Of(Attr + "long Tick() { var a = new long[4]; return a[0]; }").Reported("NANO015", "array creation 'new long[4]'");

    [Fact]
    public void ObjectCreationInHotPath() =>
        Findings.Of(Attr + "object Tick() => new System.Text.StringBuilder();").Reported("NANO015", "new System.Text.StringBuilder");

    [Fact]
    public void StringConcatenationInHotPath() =>
        Findings.Of(Attr + "string Tick(string a, string b) => a + b;").Reported("NANO015", "string concatenation");

    [Fact]
    public void BoxingInHotPath() =>
        Findings.Of(Attr + "object Tick(long v) => v;").Reported("NANO015", "boxing of 'long'");

    [Fact]
    public void LambdaInHotPath() =>
        Findings.Of("delegate long D(); " + Attr + "long Tick(long k) { D d = () => k; return d(); }").Reported("NANO015", "delegate or lambda creation");

    [Fact]
    public void ForeachOverArrayListInHotPath() =>
        Findings.Of(Attr + "int Tick(System.Collections.ArrayList l) { int n = 0; foreach (object o in l) n++; return n; }").Reported("NANO015", "foreach over 'System.Collections.ArrayList'");

    [Fact]
    public void ParamsCallInHotPath() =>
        Findings.Of("static int Sum(params int[] v) => v.Length; " + Attr + "int Tick() => Sum(1, 2);").Reported("NANO015", "params call");

    [Fact]
    public void AllocationInCalleeOfHotPathIsReportedWithTheCallChain()
    {
        IReadOnlyList<Diagnostic> f = Findings.Of(Attr + "long Tick() => Step(); long Step() => Buffer().Length; long[] Buffer() => new long[8];");
        f.Reported("NANO015", "P.Tick -> P.Step -> P.Buffer");
    }

    [Fact]
    public void PreallocatedLoopIsAllocationFree() =>
        Findings.Of("readonly long[] _values = new long[8]; " + Attr + "long Tick() { long s = 0; for (int i = 0; i < _values.Length; i++) s += _values[i]; foreach (long v in _values) s += v; return s; }").None();

    [Fact]
    public void AllocationOutsideHotPathIsAllowed() =>
        Findings.Of("long[] Setup() => new long[8];").None();
}
