using System.Text.Json;
using System.Text.RegularExpressions;
using static SmartGateway.Compiler.Tests.InProcessSgc;
using static SmartGateway.Tests.Shared.Repository;

namespace SmartGateway.Compiler.Tests;

/// <summary>sgc's contract with outside tools (docs/FORMATS.md): exit codes, diagnostics, --jsonl output.</summary>
public sealed class CliTests : IDisposable
{
    private readonly ScratchDirectory _dir = new("sgc-");

    public void Dispose() => _dir.Dispose();

    private static string Hvac => RepoFile("rules/examples/hvac.sgr");

    [Fact]
    public void CheckOfAValidFileExitsZero() => Assert.Equal(0, Sgc("check", Hvac).Code);

    [Fact]
    public void AnErrorExitsOneWithTheCompilerConvention()
    {
        string bad = _dir.Write("bad.sgr", "automation \"a\" on change {\n  when ir.left.P > 1 V\n  then bicom ir.right on\n}\n");
        (int code, string _, string? err) = Sgc("check", bad);
        Assert.Equal(1, code);
        Assert.Matches(new Regex(@"^.*bad\.sgr\(2,20\): error SG1002: .+$", RegexOptions.Multiline), err);
    }

    [Fact]
    public void NoCommandIsAUsageError() => Assert.Equal(2, Sgc().Code);

    [Fact]
    public void AnUnknownOptionIsAUsageError() => Assert.Equal(2, Sgc("check", Hvac, "--frobnicate").Code);

    [Fact]
    public void RunWithoutATraceIsAUsageError() => Assert.Equal(2, Sgc("run", Hvac).Code);

    [Fact]
    public void RunJsonlPrintsExactlyOneObjectPerAction()
    {
        (int code, string? stdout, string _) = Sgc("run", Hvac, "--trace", RepoFile("rules/examples/hvac.trace.csv"), "--jsonl");
        Assert.Equal(0, code);
        string[] lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(9, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(0, first.RootElement.GetProperty("tick").GetInt32());
        Assert.Equal("HVAC eco mode", first.RootElement.GetProperty("automation").GetString());
        Assert.Equal(4, first.RootElement.GetProperty("action").GetProperty("modbus").GetProperty("value").GetInt32());
    }

    [Fact]
    public void ACompiledImageRunsLikeItsSource()
    {
        string image = Path.Combine(_dir.Path, "hvac.sgb");
        Assert.Equal(0, Sgc("compile", Hvac, "-o", image).Code);
        Assert.Equal(0, Sgc("verify", image).Code);
        string trace = RepoFile("rules/examples/hvac.trace.csv");
        Assert.Equal(Sgc("run", Hvac, "--trace", trace, "--jsonl").Out, Sgc("run", image, "--trace", trace, "--jsonl").Out);
    }

    [Fact]
    public void VerifyRefusesACorruptImageWithItsReason()
    {
        string image = Path.Combine(_dir.Path, "hvac.sgb");
        Sgc("compile", Hvac, "-o", image);
        byte[] bytes = File.ReadAllBytes(image);
        bytes[^3] ^= 0xFF;
        File.WriteAllBytes(image, bytes);
        (int code, string _, string? err) = Sgc("verify", image);
        Assert.Equal(1, code);
        Assert.Contains("error SG9001: invalid image: CRC-32 mismatch", err);
    }

    [Fact]
    public void ATraceWithAnUnknownColumnIsAnErrorAtThatColumn()
    {
        string trace = _dir.Write("t.csv", "tick,ir.left.P,ir.left.Power\n0,1,2\n");
        (int code, string _, string? err) = Sgc("run", Hvac, "--trace", trace);
        Assert.Equal(1, code);
        Assert.Contains("t.csv(1,16): error SG5002", err);
    }

    [Fact]
    public void ATraceWithAGapInTicksIsAnError()
    {
        string trace = _dir.Write("t.csv", "tick,ir.left.P\n0,1\n2,1\n");
        Assert.Contains("t.csv(3,1): error SG5004", Sgc("run", Hvac, "--trace", trace).Err);
    }

    [Fact]
    public void FmtJsonThenFmtGivesTheCanonicalDsl()
    {
        string json = _dir.Write("hvac.json", Sgc("fmt", Hvac, "--json").Out);
        Assert.Equal(Sgc("fmt", Hvac).Out, Sgc("fmt", json).Out);
    }

    [Fact]
    public void TestCountsPassedAndFailed()
    {
        (int code, string? stdout, string _) = Sgc("test", RepoFile("rules"));
        Assert.Equal(0, code);
        Assert.Matches(new Regex(@"^\d+ passed, 0 failed$", RegexOptions.Multiline), stdout);
    }

    [Fact]
    public void AFailingRuleTestExitsOneAndSaysWhy()
    {
        File.Copy(RepoFile("rules/examples/hvac.sgr"), Path.Combine(_dir.Path, "hvac.sgr"));
        File.Copy(RepoFile("rules/examples/hvac.trace.csv"), Path.Combine(_dir.Path, "hvac.trace.csv"));
        string test = _dir.Write("hvac.test.json", """{ "rules": "hvac.sgr", "trace": "hvac.trace.csv", "expect": [ { "tick": 1, "automation": "HVAC eco mode", "action": { "bicom": { "target": "ir.right", "function": "on" } } } ] }""");
        (int code, string? stdout, string? err) = Sgc("test", test);
        Assert.Equal(1, code);
        Assert.Contains("0 passed, 1 failed", stdout);
        Assert.Contains("error SG5101: action 1: expected", err);
    }

    [Fact]
    public void NoInputMakesSgcCrash()
    {
        var random = new Random(20261124);
        string[] seeds =
        [
            File.ReadAllText(Hvac),
            Sgc("fmt", Hvac, "--json").Out,
            File.ReadAllText(RepoFile("rules/examples/hvac.trace.csv")),
        ];
        string image = Path.Combine(_dir.Path, "seed.sgb");
        Sgc("compile", Hvac, "-o", image);
        byte[] imageBytes = File.ReadAllBytes(image);
        for (int i = 0; i < 300; i++)
        {
            byte[] seed = i % 4 == 3 ? imageBytes : System.Text.Encoding.UTF8.GetBytes(seeds[i % 3]);
            string file = _dir.Write($"fuzz{i}" + (i % 4) switch { 0 => ".sgr", 1 => ".json", 2 => ".csv", _ => ".sgb" }, Mangled(seed, random, "({\"\n,-"u8.ToArray()));
            (int, string, string)[] runs = i % 4 == 2
                ? [Sgc("run", Hvac, "--trace", file, "--jsonl")]
                : [Sgc("check", file), Sgc("fmt", file), Sgc("disasm", file), Sgc("verify", file)];
            foreach ((int, string, string) run in runs) AssertNoCrash(run);
        }
    }
}
