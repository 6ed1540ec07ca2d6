using System.Net;
using System.Text.Json;
using SmartGateway.Simulator;
using SmartGateway.Simulator.Devices;

namespace SmartGateway.Modbus.Tests.Integration;

/// <summary>
/// The simulator read as Home Assistant's Iskra integration reads a meter: pyiskra's block reads, decoded
/// by an independent Python decoder, with pymodbus as the master.
/// </summary>
public class PyiskraStyleTests
{
    [Theory]
    [InlineData(33, "impact")]
    [InlineData(1, "wm")]
    public async Task PyiskraStyleReadsGetSensibleValues(byte unit, string family)
    {
        string python = Tools.RequirePymodbus();
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        string script = Path.Combine(AppContext.BaseDirectory, "Integration", "pyiskra_reads.py");
        var (code, output) = await Task.Run(() => Tools.Run(python, $"{script} {server.Port} {unit} {family}", TimeSpan.FromSeconds(30)));
        Assert.True(code == 0, output);
        using JsonDocument json = JsonDocument.Parse(output.Split('\n')[0]);
        var meter = (IskraMeter)sim.Devices[unit];
        Assert.Equal(meter.Model, json.RootElement.GetProperty("model").GetString());
        Assert.Equal(meter.Serial, json.RootElement.GetProperty("serial").GetString());
        Assert.Equal("Wh", json.RootElement.GetProperty("counter.1.unit").GetString());
        foreach (JsonProperty p in json.RootElement.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.Number) continue;
            double truth = meter.Truth[p.Name];
            Assert.True(Math.Abs(p.Value.GetDouble() - truth) <= Math.Max(Math.Abs(truth) * 1e-5, 0.006), $"{p.Name}: pyiskra-style read {p.Value}, truth {truth}");
        }
    }
}
