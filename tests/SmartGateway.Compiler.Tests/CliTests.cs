using System.Text.Json;
using System.Text.RegularExpressions;
using SmartGateway.Cli;
using static SmartGateway.Compiler.Tests.FormatterTests;

namespace SmartGateway.Compiler.Tests;

/// <summary>sgc's contract with outside tools (docs/FORMATS.md): exit codes, diagnostics, --jsonl output.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sgc-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Sgc(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = SmartGateway.Cli.Sgc.Execute(args, new Output(stdout, stderr, colour: false));
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Hvac => RepoFile("rules/examples/hvac.sgr");

    [Fact]
    public void CheckOfAValidFileExitsZero() => Assert.Equal(0, Sgc("check", Hvac).Code);

    [Fact]
    public void AnErrorExitsOneWithTheCompilerConvention()
    {
        string bad = Write("bad.sgr", "automation \"a\" on change {\n  when ir.left.P > 1 V\n  then bicom ir.right on\n}\n");
        var (code, _, err) = Sgc("check", bad);
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
        var (code, stdout, _) = Sgc("run", Hvac, "--trace", RepoFile("rules/examples/hvac.trace.csv"), "--jsonl");
        Assert.Equal(0, code);
        string[] lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(9, lines.Length);
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        Assert.Equal(0, first.RootElement.GetProperty("tick").GetInt32());
        Assert.Equal("HVAC eco mode", first.RootElement.GetProperty("automation").GetString());
        Assert.Equal(4, first.RootElement.GetProperty("action").GetProperty("modbus").GetProperty("value").GetInt32());
    }

    [Fact]
    public void ACompiledImageRunsLikeItsSource()
    {
        string image = Path.Combine(_dir, "hvac.sgb");
        Assert.Equal(0, Sgc("compile", Hvac, "-o", image).Code);
        Assert.Equal(0, Sgc("verify", image).Code);
        string trace = RepoFile("rules/examples/hvac.trace.csv");
        Assert.Equal(Sgc("run", Hvac, "--trace", trace, "--jsonl").Out, Sgc("run", image, "--trace", trace, "--jsonl").Out);
    }

    [Fact]
    public void VerifyRefusesACorruptImageWithItsReason()
    {
        string image = Path.Combine(_dir, "hvac.sgb");
        Sgc("compile", Hvac, "-o", image);
        byte[] bytes = File.ReadAllBytes(image);
        bytes[^3] ^= 0xFF;
        File.WriteAllBytes(image, bytes);
        var (code, _, err) = Sgc("verify", image);
        Assert.Equal(1, code);
        Assert.Contains("error SG9001: invalid image: CRC-32 mismatch", err);
    }

    [Fact]
    public void ATraceWithAnUnknownColumnIsAnErrorAtThatColumn()
    {
        string trace = Write("t.csv", "tick,ir.left.P,ir.left.Power\n0,1,2\n");
        var (code, _, err) = Sgc("run", Hvac, "--trace", trace);
        Assert.Equal(1, code);
        Assert.Contains("t.csv(1,16): error SG5002", err);
    }

    [Fact]
    public void ATraceWithAGapInTicksIsAnError()
    {
        string trace = Write("t.csv", "tick,ir.left.P\n0,1\n2,1\n");
        Assert.Contains("t.csv(3,1): error SG5004", Sgc("run", Hvac, "--trace", trace).Err);
    }

    [Fact]
    public void FmtJsonThenFmtGivesTheCanonicalDsl()
    {
        string json = Write("hvac.json", Sgc("fmt", Hvac, "--json").Out);
        Assert.Equal(Sgc("fmt", Hvac).Out, Sgc("fmt", json).Out);
    }

    [Fact]
    public void TestCountsPassedAndFailed()
    {
        var (code, stdout, _) = Sgc("test", RepoFile("rules"));
        Assert.Equal(0, code);
        Assert.Matches(new Regex(@"^\d+ passed, 0 failed$", RegexOptions.Multiline), stdout);
    }

    [Fact]
    public void AFailingRuleTestExitsOneAndSaysWhy()
    {
        File.Copy(RepoFile("rules/examples/hvac.sgr"), Path.Combine(_dir, "hvac.sgr"));
        File.Copy(RepoFile("rules/examples/hvac.trace.csv"), Path.Combine(_dir, "hvac.trace.csv"));
        string test = Write("hvac.test.json", """{ "rules": "hvac.sgr", "trace": "hvac.trace.csv", "expect": [ { "tick": 1, "automation": "HVAC eco mode", "action": { "bicom": { "target": "ir.right", "function": "on" } } } ] }""");
        var (code, stdout, err) = Sgc("test", test);
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
        string image = Path.Combine(_dir, "seed.sgb");
        Sgc("compile", Hvac, "-o", image);
        byte[] imageBytes = File.ReadAllBytes(image);
        for (int i = 0; i < 300; i++)
        {
            byte[] input = i % 4 == 3 ? (byte[])imageBytes.Clone() : System.Text.Encoding.UTF8.GetBytes(seeds[i % 3]);
            for (int k = random.Next(1, 6); k > 0; k--)
            {
                int at = random.Next(input.Length);
                switch (random.Next(3))
                {
                    case 0: input[at] = (byte)random.Next(256); break;
                    case 1: input = input[..at]; break;
                    default: input = [.. input[..at], .. "({\"\n,-"u8.ToArray()[..random.Next(1, 7)], .. input[at..]]; break;
                }
                if (input.Length == 0) break;
            }
            string file = Path.Combine(_dir, $"fuzz{i}" + (i % 4) switch { 0 => ".sgr", 1 => ".json", 2 => ".csv", _ => ".sgb" });
            File.WriteAllBytes(file, input);
            (int, string, string)[] runs = i % 4 == 2
                ? [Sgc("run", Hvac, "--trace", file, "--jsonl")]
                : [Sgc("check", file), Sgc("fmt", file), Sgc("disasm", file), Sgc("verify", file)];
            foreach (var (code, _, err) in runs)
            {
                Assert.InRange(code, 0, 1);
                Assert.DoesNotContain("internal error", err);
                Assert.DoesNotContain("   at ", err);
            }
        }
    }
}
