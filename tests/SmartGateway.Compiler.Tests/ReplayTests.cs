using System.Text.Json;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Traces;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Verify;
using static SmartGateway.Compiler.Tests.Diagnosed;
using static SmartGateway.Compiler.Tests.InProcessSgc;

namespace SmartGateway.Compiler.Tests;

/// <summary><c>sgc replay</c>: what each target would have done over stored history.</summary>
public sealed class ReplayTests : IDisposable
{
    private const string Boiler = """
        automation "boiler" on change {
          when ir.left.P > 1 kW
          then { bicom rs485.32 on; mqtt 1 "boiler" "on" }
          else { bicom rs485.32 off; modbus 4 write 3011 int16 5 }
        }
        automation "never" on change {
          when ir.left.P > 100 kW
          then bicom ir.right on
        }
        """;

    // Ticks 0-1 unknown, 2-4 above 1 kW, 5-7 below, 8-9 above again.
    private const string History = "tick,ir.left.P\n0,\n1,\n2,2000\n3,2000\n4,2000\n5,500\n6,500\n7,500\n8,2000\n9,2000\n";

    private readonly ScratchDirectory _dir = new("replay-");

    public void Dispose() => _dir.Dispose();

    private static ReplayReport Replay(string rules, string csv)
    {
        Assert.True(Verifier.Load(Ok(rules).Image!, out Image? image).IsValid);
        var bag = new DiagnosticBag();
        Trace trace = TraceReader.Read("t.csv", csv, bag)!;
        return ReplayReport.Run(image!, trace, null);
    }

    [Fact]
    public void ABicomsTimeIsSplitIntoUnknownOnAndOffAndItsSwitchesCounted()
    {
        ReplayReport.BicomStats b = Replay(Boiler, History).Bicoms["rs485.32"];
        Assert.Equal((3, 3), (b.Commands, b.Switches));
        Assert.Equal((2L, 5L, 3L), (b.UnknownTicks, b.OnTicks, b.OffTicks));
        Assert.True(b.State);
    }

    [Fact]
    public void ABicomTheRulesNeverCommandIsListedAsUnknownThroughout()
    {
        ReplayReport.BicomStats b = Replay(Boiler, History).Bicoms["ir.right"];
        Assert.Equal((0, 0, 10L, (bool?)null), (b.Commands, b.Switches, b.UnknownTicks, b.State));
    }

    [Fact]
    public void RepeatedOnCommandsAreCommandsButOneSwitch()
    {
        const string rules = "automation \"c\" continuous {\n  when ir.left.P > 1 kW\n  then bicom ir.right on\n}\n";
        ReplayReport.BicomStats b = Replay(rules, "tick,ir.left.P\n0,2000\n1,2000\n2,2000\n3,2000\n").Bicoms["ir.right"];
        Assert.Equal((4, 1, 4L), (b.Commands, b.Switches, b.OnTicks));
    }

    [Fact]
    public void ModbusWritesAndMqttMessagesAreCountedPerTarget()
    {
        ReplayReport r = Replay(Boiler, History);
        ReplayReport.ModbusStats m = Assert.Single(r.Registers).Value;
        Assert.Equal((4, 3011), Assert.Single(r.Registers).Key);
        Assert.Equal((1, 5_000_000L), (m.Writes, m.LastValue));
        Assert.Equal(2, r.Messages[(1, "boiler")]);
    }

    [Fact]
    public void ReplayJsonIsOneObjectWithEveryTarget()
    {
        (int code, string? stdout, string? err) = Sgc("replay", _dir.Write("boiler.sgr", Boiler), "--trace", _dir.Write("h.csv", History), "--json");
        Assert.Equal((0, ""), (code, err));
        Assert.Single(stdout.TrimEnd('\n').Split('\n'));
        using var doc = JsonDocument.Parse(stdout);
        JsonElement root = doc.RootElement;
        Assert.Equal(10, root.GetProperty("ticks").GetInt32());
        JsonElement heater = root.GetProperty("bicoms").EnumerateArray().Single(b => b.GetProperty("target").GetString() == "rs485.32");
        Assert.Equal((3, 5, 3, "on"), (heater.GetProperty("switches").GetInt32(), heater.GetProperty("on_seconds").GetInt32(),
            heater.GetProperty("off_seconds").GetInt32(), heater.GetProperty("final").GetString()));
        Assert.Equal(5, root.GetProperty("modbus")[0].GetProperty("last_value").GetInt32());
        Assert.Equal(2, root.GetProperty("mqtt")[0].GetProperty("messages").GetInt32());
    }

    [Fact]
    public void ReplayTablePrintsOneRowPerTarget()
    {
        (int code, string? stdout, string _) = Sgc("replay", _dir.Write("boiler.sgr", Boiler), "--trace", _dir.Write("h.csv", History));
        Assert.Equal(0, code);
        Assert.Matches(@"(?m)^rs485\.32 +3 +3 +0:00:05 +0:00:03 +0:00:02  on$", stdout);
        Assert.Matches(@"(?m)^ir\.right +0 +0 +0:00:00 +0:00:00 +0:00:10  unknown$", stdout);
        Assert.Matches(@"(?m)^4 register 3011 +1  fc6 int16 5$", stdout);
        Assert.Matches(@"(?m)^link 1 boiler +2$", stdout);
    }

    [Fact]
    public void ABadTraceIsAnInputErrorAtItsLine()
    {
        (int code, string _, string? err) = Sgc("replay", _dir.Write("boiler.sgr", Boiler), "--trace", _dir.Write("bad.csv", "tick,ir.left.P\n0,abc\n"));
        Assert.Equal(1, code);
        Assert.Contains("bad.csv(2,", err);
    }

    [Fact]
    public void ReplayWithoutATraceIsAUsageError() => Assert.Equal(2, Sgc("replay", _dir.Write("boiler.sgr", Boiler)).Code);
}
