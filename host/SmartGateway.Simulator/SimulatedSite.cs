using System.Net;
using SmartGateway.Devices;
using SmartGateway.Simulator.Devices;

namespace SmartGateway.Simulator;

/// <summary>
/// The host's built-in simulated site (loaded by the host when Gateway:Simulator:Enabled is true): an IE38MD meter on
/// the left IR port, a Bicom on the right IR port, two WM3M4C meters and a BI432 Bicom on RS485. Each line's devices
/// are served over Modbus TCP on a free loopback port, so the host polls them through the same TCP transport, bus
/// and poller as a real meter.
/// </summary>
public sealed class SimulatedSite : ISimulatedSite
{
    private const double StartEnergyWh = 1000;
    private const double LoadW = 1200;
    private readonly Dictionary<string, SimulatedBus> _buses = new(StringComparer.Ordinal);
    private readonly List<TcpSlaveServer> _servers = [];
    private readonly DateTime _start = DateTime.UtcNow;

    /// <summary>The simulated devices behind a line, or null when the site has not opened it (tests inject faults here).</summary>
    public SimulatedBus? Bus(string line) => _buses.GetValueOrDefault(line);

    public IModbusTransport? Open(string line, byte irUnit)
    {
        var bus = new SimulatedBus();
        switch (line)
        {
            case "ir.left":
                bus.Add(irUnit, new IskraMeter("IE38MD", "10006494"));
                break;
            case "ir.right":
                bus.Add(irUnit, SimulatedModels.Create("BI432", "BI000001"));
                break;
            case "rs485":
                bus.Add(1, new IskraMeter("WM3M4C", "W4192432"));
                bus.Add(2, new IskraMeter("WM3M4C", "W4170632"));
                bus.Add(32, SimulatedModels.Create("BI432", "BI001487"));
                break;
            default:
                return null;
        }
        var server = new TcpSlaveServer(bus, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        _servers.Add(server);
        _buses[line] = bus;
        return new TcpTransport("127.0.0.1", server.Port);
    }

    public IReadOnlyList<byte> Units(string line) => Bus(line)?.Devices.Keys.Order().ToList() ?? [];

    /// <summary>The PT1000 drifts slowly around 21.5 °C; the pulse counter's energy grows as a 1.2 kW load would.</summary>
    public (double Celsius, double PulseWh) GatewayInputs()
    {
        double seconds = (DateTime.UtcNow - _start).TotalSeconds;
        return (21.5 + 0.5 * Math.Sin(seconds / 600), StartEnergyWh + LoadW * seconds / 3600);
    }

    /// <summary>Currents are scaled and the line's models frozen, so the value read is exact.</summary>
    public bool HoldActivePower(string line, byte unit, double? watts)
    {
        SimulatedBus? bus = Bus(line);
        if (bus is null || !bus.Devices.TryGetValue(unit, out SimulatedDevice? simulated) || simulated is not IskraMeter meter) return false;
        lock (meter.Input)
        {
            meter.Load.LoadFactor = 1;
            meter.Advance(0);
            if (watts is double target && meter.Load.PTotal != 0)
            {
                // P is proportional to the load factor (negative exports), so one step lands on the target.
                meter.Load.LoadFactor = target / meter.Load.PTotal;
                meter.Advance(0);
            }
        }
        bus.Frozen = watts is not null;
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (TcpSlaveServer server in _servers) await server.DisposeAsync();
    }
}
