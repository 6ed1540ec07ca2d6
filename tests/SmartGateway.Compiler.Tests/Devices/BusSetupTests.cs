using SmartGateway.Cli;
using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;
using static SmartGateway.Compiler.Tests.Diagnosed;
using static SmartGateway.Tests.Shared.Repository;

namespace SmartGateway.Compiler.Tests.Devices;

/// <summary>Bus setups (rules/devices/README.md) and the planner's verdict on a rule set: SG4101 and friends.</summary>
public sealed class BusSetupTests : IDisposable
{
    private readonly ScratchDirectory _dir = new("buses-");

    public void Dispose() => _dir.Dispose();

    internal static string Map(string model) => RepoFile($"rules/devices/{model}.json");

    private (IReadOnlyList<BusSetup>? Buses, DiagnosticBag Bag) Read(string json)
    {
        string path = _dir.Write("buses.json", json);
        var bag = new DiagnosticBag();
        return (DeviceFiles.ReadBusSetup(path, bag), bag);
    }

    private static string Rs485(int baud, int meters) =>
        $$"""
        { "version": 1, "buses": [ { "bus": "rs485", "baud": {{baud}}, "devices": [
        {{string.Join(",\n", Enumerable.Range(1, meters).Select(a => $$"""{ "address": {{a}}, "map": "{{Map("WM3M4C")}}" }"""))}}
        ] } ] }
        """;

    private static string EveryMeterRule(int meters) =>
        "automation \"clock\" on change {\n  when time.hour >= 6\n  then mqtt 1 \"t\" \"x\"\n}\n" +
        "automation \"load\" on change {\n  when " + string.Join(" + ", Enumerable.Range(1, meters).Select(a => $"rs485.{a}.P")) +
        " > 10 kW\n  then bicom ir.right on\n}\n";

    private static (IReadOnlyList<BusReport> Reports, DiagnosticBag Bag) Check(string rules, IReadOnlyList<BusSetup> buses)
    {
        var bag = new DiagnosticBag();
        return (RuleBusCheck.Check(Ok(rules).Rules, buses, bag), bag);
    }

    [Fact]
    public void TheShippedExampleIsTheSimulatorLineUp()
    {
        var bag = new DiagnosticBag();
        IReadOnlyList<BusSetup>? buses = DeviceFiles.ReadBusSetup(RepoFile("rules/devices/buses.example.json"), bag);
        Assert.NotNull(buses);
        IEnumerable<string> found = buses.SelectMany(b => b.Devices.Select(d => $"{b.Name} {d.Address} {d.Interface} {d.Map.Model}"));
        Assert.Equal(["ir.left 33 ir.left IE38MD", "ir.right 1 ir.right BI432", "rs485 1 rs485.1 WM3M4C", "rs485 2 rs485.2 WM3M4C", "rs485 4 rs485.4 HVAC", "rs485 32 rs485.32 BI432", "rs485 35 rs485.35 WM1"], found);
        BusTiming rs485 = buses.Single(b => b.Name == "rs485").Timing;
        Assert.Equal((115200, false, 1, false), (rs485.Baud, rs485.Parity, rs485.StopBits, rs485.Tcp));
        Assert.Equal(19200, buses.Single(b => b.Name == "ir.left").Timing.Baud);
    }

    [Fact]
    public void ASlowBusWarnsAtTheFirstAutomationReadingItWithThePredictedCycle()
    {
        (IReadOnlyList<BusSetup>? buses, DiagnosticBag _) = Read(Rs485(2400, 8));
        (IReadOnlyList<BusReport>? reports, DiagnosticBag? bag) = Check(EveryMeterRule(8), buses!);
        Diagnostic d = Assert.Single(bag.Items);
        Assert.Equal(("SG4101", 5, 1), (d.Code, d.Span.Line, d.Span.Column));
        string ms = (reports.Single().Plan.PredictedCycleMicros / 1000.0).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"rs485: one poll cycle takes about {ms} ms", d.Message);
        Assert.True(reports.Single().Plan.PredictedCycleMicros > RuleBusCheck.TickMicros);
    }

    [Fact]
    public void TheSameRulesAt115200GetFreshInputsEveryTick()
    {
        (IReadOnlyList<BusSetup>? buses, DiagnosticBag _) = Read(Rs485(115200, 8));
        (IReadOnlyList<BusReport>? reports, DiagnosticBag? bag) = Check(EveryMeterRule(8), buses!);
        Assert.Empty(bag.Items);
        Assert.InRange(reports.Single().Plan.PredictedCycleMicros, 1, RuleBusCheck.TickMicros);
    }

    [Fact]
    public void TheCycleReadsTheRulesInputsAndEveryCounterButNoOtherMeasurement()
    {
        (IReadOnlyList<BusSetup>? buses, DiagnosticBag _) = Read(Rs485(115200, 2));
        (IReadOnlyList<BusReport>? reports, DiagnosticBag _) = Check("automation \"a\" on change {\n  when rs485.2.U.L1 > 250 V\n  then bicom ir.right on\n}\n", buses!);
        PollPlan plan = reports.Single().Plan;
        DeviceMap wm = buses![0].Devices[0].Map;
        IEnumerable<string> counters = wm.Measurements.Select(m => m.Path).Where(p => p.StartsWith("counter.", StringComparison.Ordinal));
        string[] PathsOf(int device) => [.. plan.BlocksOf(device).SelectMany(b => b.Measurements).Select(i => wm.Measurements[i].Path).Order()];
        Assert.Equal(counters.Order(), PathsOf(0));
        Assert.Equal(counters.Append("U.L1").Order(), PathsOf(1));
    }

    [Fact]
    public void ABusNoRuleReadsIsNotPlanned()
    {
        (IReadOnlyList<BusSetup>? buses, DiagnosticBag _) = Read(Rs485(1200, 4));
        (IReadOnlyList<BusReport>? reports, DiagnosticBag? bag) = Check("automation \"a\" on change {\n  when time.hour > 6\n  then bicom ir.right on\n}\n", buses!);
        Assert.Empty(reports);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void RawRegisterInputsArePlannedAsTheRegistersTheyName()
    {
        (IReadOnlyList<BusSetup>? buses, DiagnosticBag _) = Read(Rs485(115200, 1));
        (IReadOnlyList<BusReport>? reports, DiagnosticBag? bag) = Check("automation \"a\" on change {\n  when rs485.1.reg.4000.uint32 > 3\n  then bicom ir.right on\n}\n", buses!);
        Assert.Empty(bag.Items);
        Assert.Contains(reports.Single().Plan.Blocks, b => b.Function == RegisterTable.Holding && b.Start == 4000 && b.Count == 2);
    }

    [Fact]
    public void AnInputOfAnInterfaceWithoutADeviceWarnsAtItsCondition()
    {
        (IReadOnlyList<BusSetup>? buses, DiagnosticBag _) = Read(Rs485(115200, 1));
        (IReadOnlyList<BusReport> _, DiagnosticBag? bag) = Check("automation \"a\" on change {\n  when rs485.7.P > 1 kW\n  then bicom ir.right on\n}\n", buses!);
        Diagnostic d = Assert.Single(bag.Items);
        Assert.Equal(("SG4102", 2, 8), (d.Code, d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void AnInputTheDevicesMapLacksWarns()
    {
        string json = $$"""{ "version": 1, "buses": [ { "bus": "ir.right", "devices": [ { "address": 1, "map": "{{Map("BI432")}}" } ] } ] }""";
        (IReadOnlyList<BusSetup>? buses, DiagnosticBag _) = Read(json);
        (IReadOnlyList<BusReport> _, DiagnosticBag? bag) = Check("automation \"a\" on change {\n  when ir.right.P > 1 kW\n  then bicom ir.right on\n}\n", buses!);
        Diagnostic d = Assert.Single(bag.Items);
        Assert.Equal("SG4103", d.Code);
        Assert.Contains("BI432", d.Message);
    }

    [Fact]
    public void AnIrPortWithTwoDevicesIsAnErrorAtItsDeviceList()
    {
        string json = $$"""
            { "version": 1, "buses": [ { "bus": "ir.left",
              "devices": [ { "address": 1, "map": "{{Map("IE38MD")}}" }, { "address": 2, "map": "{{Map("IE38MD")}}" } ] } ] }
            """;
        (IReadOnlyList<BusSetup>? buses, DiagnosticBag? bag) = Read(json);
        Assert.Null(buses);
        Diagnostic d = bag.Items.First(x => x.IsError);
        Assert.Equal(("SG4016", 2, 14), (d.Code, d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void AnUnknownBusIsAnErrorAtItsName()
    {
        (IReadOnlyList<BusSetup>? buses, DiagnosticBag? bag) = Read("""{ "version": 1, "buses": [ { "bus": "can", "devices": [] } ] }""");
        Assert.Null(buses);
        Assert.Equal(("SG4014", 1, 37), (bag.Items[0].Code, bag.Items[0].Span.Line, bag.Items[0].Span.Column));
    }

    [Fact]
    public void AMissingMapFileIsAnErrorAtItsReference()
    {
        (IReadOnlyList<BusSetup>? buses, DiagnosticBag? bag) = Read("""{ "version": 1, "buses": [ { "bus": "ir.left", "devices": [ { "address": 1, "map": "nowhere.json" } ] } ] }""");
        Assert.Null(buses);
        Assert.Equal("SG4017", Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void TwoDevicesAtOneAddressAreAnError()
    {
        string json = $$"""{ "version": 1, "buses": [ { "bus": "rs485", "devices": [ { "address": 5, "map": "{{Map("WM3M4C")}}" }, { "address": 5, "map": "{{Map("BI432")}}" } ] } ] }""";
        (IReadOnlyList<BusSetup>? buses, DiagnosticBag? bag) = Read(json);
        Assert.Null(buses);
        Assert.Contains("address 5", Assert.Single(bag.Items).Message);
    }

    [Fact]
    public void ATcpLinkCostsItsLatencyPerReadWhateverTheLineSpeed()
    {
        string json = $$"""
            { "version": 1, "buses": [ { "bus": "tcp", "host": "10.0.0.9", "port": 502, "latency_ms": 300, "devices": [
              { "address": 1, "map": "{{Map("WM3M4C")}}", "interface": "rs485.40" } ] } ] }
            """;
        (IReadOnlyList<BusSetup>? buses, DiagnosticBag _) = Read(json);
        (IReadOnlyList<BusReport>? reports, DiagnosticBag? bag) = Check("automation \"a\" on change {\n  when rs485.40.P > 1 kW and rs485.40.U.L1 > 250 V\n  then bicom ir.right on\n}\n", buses!);
        PollPlan plan = reports.Single().Plan;
        Assert.Equal(plan.Blocks.Length * 300_000L, plan.PredictedCycleMicros);
        Assert.Equal(plan.PredictedCycleMicros > RuleBusCheck.TickMicros, bag.Items.Any(d => d.Code == "SG4101"));
        Assert.True(plan.Blocks.Length >= 2);
    }
}
