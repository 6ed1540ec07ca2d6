using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Traces;
using SmartGateway.Runtime.Conformance;
using static SmartGateway.Tests.Shared.Repository;

namespace SmartGateway.Runtime.Tests;

/// <summary>
/// The golden-trace runner the device self-test uses (runtime Conformance/), run here on every rule test of
/// rules/conformance and rules/examples, read by the compiler's one rule-test reader as the firmware's build reads them.
/// </summary>
public class GoldenTraceTests
{
    public static TheoryData<string> RuleTests()
    {
        var data = new TheoryData<string>();
        foreach (string folder in new[] { "conformance", "examples" })
        {
            foreach (string file in Directory.GetFiles(RepoFile(Path.Combine("rules", folder)), "*" + RuleTestReader.Suffix).Order(StringComparer.Ordinal))
                data.Add(folder + "/" + Path.GetFileName(file)[..^RuleTestReader.Suffix.Length]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RuleTests))]
    public void EveryRuleTestPassesOnTheSelfTestRunner(string name)
    {
        Assert.Equal("", GoldenTraceCheck.Run(FromRuleTest(name)));
    }

    [Fact]
    public void AChangedExpectationFailsNamingTheFirstDifference()
    {
        GoldenTrace trace = FromRuleTest("examples/hvac");
        trace.Expected[3] = "2 HVAC eco mode: modbus 4 fc6 3011 int16 6";
        Assert.Equal("expected \"2 HVAC eco mode: modbus 4 fc6 3011 int16 6\", got \"2 HVAC eco mode: modbus 4 fc6 3011 int16 5\"", GoldenTraceCheck.Run(trace));
    }

    [Fact]
    public void AnExpectedActionThatNeverCameIsReported()
    {
        GoldenTrace trace = FromRuleTest("examples/heater");
        trace.Expected = trace.Expected.Append("12 Heater: bicom rs485.32 on").ToArray();
        Assert.Equal("missing \"12 Heater: bicom rs485.32 on\"", GoldenTraceCheck.Run(trace));
    }

    [Fact]
    public void AnUnknownReadingRunsNothingWhereAValidOneWould()
    {
        GoldenTrace trace = FromRuleTest("examples/hvac");
        // Row 2 (10.6 kW) switches eco mode on; made Unknown, nothing happens there.
        trace.Values[2] = GoldenTrace.Invalid;
        Assert.StartsWith("expected \"2 HVAC eco mode", GoldenTraceCheck.Run(trace));
    }

    [Fact]
    public void ACorruptImageIsRefusedNotRun()
    {
        GoldenTrace trace = FromRuleTest("examples/heater");
        trace.Image[trace.Image.Length - 1] ^= 0xFF;
        Assert.StartsWith("image refused", GoldenTraceCheck.Run(trace));
    }

    /// <summary>A rule test (rules/FOLDER/NAME.test.json) as a golden trace, its images compiled by sgc's compiler.</summary>
    private static GoldenTrace FromRuleTest(string name)
    {
        var diagnostics = new DiagnosticBag();
        GoldenTrace? trace = RuleTest.GoldenTrace(RepoFile(Path.Combine("rules", name + RuleTestReader.Suffix)), diagnostics);
        Assert.True(trace != null, string.Join("\n", diagnostics.Items));
        return trace;
    }
}
