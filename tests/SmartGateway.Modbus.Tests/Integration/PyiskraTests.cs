using System.Net;
using System.Text.Json.Nodes;
using SmartGateway.Runtime.Devices;
using SmartGateway.Simulator;
using SmartGateway.Simulator.Devices;
using SmartGateway.Tests.Shared;

namespace SmartGateway.Modbus.Tests.Integration;

/// <summary>
/// Each simulated model read by Home Assistant's own Iskra client (pyiskra and pymodbus, vendored in tests/clients)
/// over Modbus TCP the way the integration reads a meter: every block it asks for answers, nothing is logged, and
/// what it decodes is the simulator's truth — values, counter units and directions (from the settings registers).
/// </summary>
public class PyiskraTests
{
    [Theory]
    [InlineData(33)] // IE38MD (Impact)
    [InlineData(1)] // WM3M4C
    [InlineData(6)] // WM1, single phase
    [InlineData(40)] // MC740 (MeasuringCentre)
    public async Task PyiskraReadsTheSimulatedMeterAsItsTruth(byte unit)
    {
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        var meter = (IskraMeter)sim.Devices[unit];

        JsonNode device = Assert.Single((await HomeAssistantFlow.RunAsync("modbus", "127.0.0.1", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), unit.ToString(System.Globalization.CultureInfo.InvariantCulture)))["devices"]!.AsArray())!;

        Assert.Equal(meter.Model, device["model"]!.GetValue<string>());
        Assert.Equal(meter.Serial, device["serial"]!.GetValue<string>());
        Assert.Equal(meter.Load.Phases, device["phases"]!.GetValue<int>());
        Near(meter, "f", device["frequency"]);
        Near(meter, "P", device["P"]);
        Near(meter, "Q", device["Q"]);
        Near(meter, "S", device["S"]);
        Assert.Equal(Math.Abs(meter.Truth["PF"]), device["PF"]!.GetValue<double>(), 3);
        JsonNode[] phases = [.. device["phase_values"]!.AsArray().Select(p => p!)];
        for (int p = 0; p < phases.Length; p++)
        {
            string l = ".L" + (p + 1);
            Near(meter, "U" + l, phases[p]["U"]);
            Near(meter, "I" + l, phases[p]["I"]);
            Near(meter, "P" + l, phases[p]["P"]);
        }
        AssertCounters(meter, device["non_resettable"]!.AsArray(), meter.Map.Counters.Where(c => !c.Resettable).ToArray());
        AssertCounters(meter, device["resettable"]!.AsArray(), meter.Map.Counters.Where(c => c.Resettable).ToArray());
    }

    /// <summary>pyiskra lists the device's counters in the map's order; ones the map leaves out (Impact 13–16) are "Disabled".</summary>
    private static void AssertCounters(IskraMeter meter, JsonArray read, Counter[] mapped)
    {
        Assert.True(read.Count >= mapped.Length, $"pyiskra read {read.Count} counters, the map has {mapped.Length}");
        for (int n = 0; n < read.Count; n++)
        {
            JsonNode c = read[n]!;
            if (n >= mapped.Length)
            {
                Assert.Equal("", c[1]!.GetValue<string>());
                continue;
            }
            double truth = meter.Truth["counter." + mapped[n].Number];
            Assert.True(Math.Abs(c[0]!.GetValue<double>() - truth) <= Math.Max(Math.Abs(truth) * 1e-6, 0.002), $"counter.{mapped[n].Number}: {c[0]} vs {truth}");
            Assert.Equal(mapped[n].Value.Unit, c[1]!.GetValue<string>());
            Assert.Equal(CounterDirection.Name(mapped[n].Direction), c[2]!.GetValue<string>());
        }
    }

    /// <summary>pyiskra rounds every value to 3 decimals.</summary>
    private static void Near(IskraMeter meter, string path, JsonNode? read)
    {
        double truth = meter.Truth[path];
        Assert.True(Math.Abs(read!.GetValue<double>() - truth) <= Math.Max(Math.Abs(truth) * 1e-6, 0.0006), $"{path}: pyiskra read {read}, truth {truth}");
    }
}
