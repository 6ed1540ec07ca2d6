using System.Text.RegularExpressions;
using static SmartGateway.Compiler.Tests.InProcessSgc;
using static SmartGateway.Tests.Shared.Repository;

namespace SmartGateway.Compiler.Tests;

/// <summary>sgc and devices: <c>--devices</c> bus-load warnings, and device maps and bus setups checked as files.</summary>
public sealed class CliDeviceTests : IDisposable
{
    private readonly ScratchDirectory _dir = new("sgc-devices-");

    public void Dispose() => _dir.Dispose();

    private static string Example => RepoFile("rules/devices/buses.example.json");

    private string SlowSetup() => _dir.Write("slow.json", $$"""
        { "version": 1, "buses": [ { "bus": "rs485", "baud": 1200, "parity": "even", "devices": [
          { "address": 1, "map": "{{RepoFile("rules/devices/WM3M4C.json")}}" },
          { "address": 2, "map": "{{RepoFile("rules/devices/WM3M4C.json")}}" },
          { "address": 32, "map": "{{RepoFile("rules/devices/BI432.json")}}" } ] } ] }
        """);

    [Fact]
    public void CheckWithASlowBusWarnsAtTheRuleFileAndStillExitsZero()
    {
        (int code, string _, string? err) = Sgc("check", RepoFile("rules/examples/pv-surplus.sgr"), "--devices", SlowSetup());
        Assert.Equal(0, code);
        Assert.Matches(new Regex(@"pv-surplus\.sgr\(7,1\): warning SG4101: rs485: one poll cycle takes about \d+\.\d ms on the wire, longer than the 1000 ms tick"), err);
    }

    [Fact]
    public void CompileWithASlowBusWarnsToo()
    {
        (int code, string _, string? err) = Sgc("compile", RepoFile("rules/examples/pv-surplus.sgr"), "-o", Path.Combine(_dir.Path, "pv.sgb"), "--devices", SlowSetup());
        Assert.Equal(0, code);
        Assert.Contains("warning SG4101", err);
    }

    [Fact]
    public void CheckWithTheExampleSetupPrintsEachBusTheRulesReadAndNoWarning()
    {
        (int code, string? stdout, string? err) = Sgc("check", RepoFile("rules/examples/pv-surplus.sgr"), "--devices", Example);
        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.Matches(new Regex(@"pv-surplus\.sgr: bus rs485: \d+ reads, predicted cycle \d+\.\d ms"), stdout);
        Assert.DoesNotContain("bus ir.left", stdout);
    }

    [Fact]
    public void CheckWithDevicesRefusesABicomActionOnAMetersAddressAtTheTarget()
    {
        string rules = _dir.Write("meter.sgr", "automation \"a\" on change {\n  when ir.left.P > 3 kW\n  then bicom rs485.1 on\n}\n");
        (int code, string _, string? err) = Sgc("check", rules, "--devices", Example);
        Assert.Equal(1, code);
        Assert.Contains("meter.sgr(3,14): error SG1022: bicom rs485.1: there is no Bicom at rs485.1 (it is a WM3M4C meter)", err);
    }

    [Fact]
    public void CheckWithoutDevicesDoesNotKnowWhatIsAtAnAddress()
    {
        string rules = _dir.Write("meter.sgr", "automation \"a\" on change {\n  when ir.left.P > 3 kW\n  then bicom rs485.1 on\n}\n");
        Assert.Equal((0, ""), (Sgc("check", rules).Code, Sgc("check", rules).Err));
    }

    [Fact]
    public void CheckWithDevicesWarnsOfAModbusWriteNoDeviceAnswersAndExitsZero()
    {
        string rules = _dir.Write("write.sgr", "automation \"a\" on change {\n  when ir.left.P > 3 kW\n  then modbus 99 write 3011 int16 5\n}\n");
        (int code, string _, string? err) = Sgc("check", rules, "--devices", Example);
        Assert.Equal(0, code);
        Assert.Contains("write.sgr(3,15): warning SG1104: modbus 99: no device is listed at address 99; check the address (a device without Iskra identification registers is never listed)", err);
    }

    [Fact]
    public void CompileWithDevicesRefusesABicomActionWhereNoDeviceIs()
    {
        string rules = _dir.Write("empty.sgr", "automation \"a\" on change {\n  when ir.left.P > 3 kW\n  then bicom rs485.40 on\n}\n");
        (int code, string _, string? err) = Sgc("compile", rules, "-o", Path.Combine(_dir.Path, "empty.sgb"), "--devices", Example);
        Assert.Equal(1, code);
        Assert.Contains("empty.sgr(3,14): error SG1022", err);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "empty.sgb")));
    }

    [Fact]
    public void ABrokenBusSetupIsAnInputError()
    {
        string bad = _dir.Write("bad.json", """{ "version": 1, "buses": [ { "bus": "ir.left", "devices": [] } ] }""");
        (int code, string _, string? err) = Sgc("check", RepoFile("rules/examples/pv-surplus.sgr"), "--devices", bad);
        Assert.Equal(1, code);
        Assert.Contains("bad.json(1,59): error SG4016", err);
    }

    [Fact]
    public void CheckAcceptsEveryShippedDeviceMapAndTheExampleSetup()
    {
        string[] files = [.. Directory.EnumerateFiles(RepoFile("rules/devices")).Where(f => f.EndsWith(".json") || f.EndsWith(".sgd")).Order()];
        (int code, string? stdout, string? err) = Sgc(["check", .. files]);
        Assert.Equal((0, ""), (code, err));
        Assert.Contains("IE38MD.json: device map IE38MD, ok", stdout);
        Assert.Contains("buses.example.json: bus setup, 3 buses, ok", stdout);
    }

    [Fact]
    public void ADeviceMapJsonUnderDevicesIsCheckedAsAMap()
    {
        string map = _dir.Write("devices/X.json", "{ \"version\": 1, \"model\": \"X\", \"readable\": [],\n  \"measurements\": [ { \"path\": \"volts\", \"register\": 1, \"type\": \"int16\", \"unit\": \"V\" } ] }");
        (int code, string _, string? err) = Sgc("check", map);
        Assert.Equal(1, code);
        Assert.Contains("X.json(2,31): error SG4001", err);
    }

    [Fact]
    public void CheckReportsAnSgdErrorAtItsLocation()
    {
        string map = _dir.Write("bad.sgd", "model \"X\"\nreadable input 0 count 10\nmeasurement U.L1 = input 1 int16 A\n");
        (int code, string _, string? err) = Sgc("check", map);
        Assert.Equal(1, code);
        Assert.Contains("bad.sgd(3,34): error SG4005: measurements[0].unit", err);
    }

    [Fact]
    public void TheShippedSgdIsTheCanonicalDslOfItsJson()
    {
        (int code, string? stdout, string _) = Sgc("fmt", RepoFile("rules/devices/WM3M4C.json"));
        Assert.Equal(0, code);
        Assert.EndsWith("\n\n" + stdout, File.ReadAllText(RepoFile("rules/devices/WM3M4C.sgd")));
    }

    [Fact]
    public void FmtJsonOfAnSgdReadsBackAsTheSameDsl()
    {
        (int _, string? json, string _) = Sgc("fmt", RepoFile("rules/devices/WM3M4C.sgd"), "--json");
        string again = _dir.Write("devices/WM3M4C.json", json);
        Assert.Equal(Sgc("fmt", RepoFile("rules/devices/WM3M4C.sgd")).Out, Sgc("fmt", again).Out);
    }

    [Fact]
    public void MangledDeviceFilesNeverCrashSgc()
    {
        var random = new Random(4101);
        byte[][] seeds = [File.ReadAllBytes(RepoFile("rules/devices/WM3M4C.sgd")), File.ReadAllBytes(RepoFile("rules/devices/BI432.json")), File.ReadAllBytes(Example)];
        for (int i = 0; i < 300; i++)
        {
            string name = (i % 3) switch { 0 => $"f{i}.sgd", 1 => $"f{i}.json", _ => $"buses{i}.json" };
            string file = _dir.Write(Path.Combine("devices", name), Mangled(seeds[i % 3], random, "{\"=-.9 \n"u8.ToArray()));
            (int, string, string)[] runs = i % 3 == 2
                ? [Sgc("check", file), Sgc("check", RepoFile("rules/examples/pv-surplus.sgr"), "--devices", file)]
                : [Sgc("check", file), Sgc("fmt", file), Sgc("fmt", file, "--json")];
            foreach ((int, string, string) run in runs) AssertNoCrash(run);
        }
    }
}
