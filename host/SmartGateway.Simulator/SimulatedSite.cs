using System.Net;
using SmartGateway.Devices;
using SmartGateway.Runtime.Modbus;
using SmartGateway.Simulator.Devices;
using SmartGateway.Simulator.Site;

namespace SmartGateway.Simulator;

/// <summary>
/// The host's built-in simulated site (loaded by the host when Gateway:Simulator:Enabled is true): the demo house of
/// <see cref="DemoSite"/>, whose line-up that file defines. Each line's devices are served over Modbus TCP on a free
/// loopback port, so the host polls them through the same TCP transport, bus and poller as a real meter.
/// </summary>
public sealed class SimulatedSite : ISimulatedSite
{
    private const double StartEnergyWh = 1000;
    private const double LoadW = 1200;
    private readonly Dictionary<string, SimulatedBus> _buses = new(StringComparer.Ordinal);
    private readonly List<TcpSlaveServer> _servers = [];
    private readonly DateTime _start = DateTime.UtcNow;
    private SiteClock _clock = new(TimeProvider.System);
    private DemoSite? _site;

    /// <summary>The house behind the lines (created by the first <see cref="Open"/>).</summary>
    public DemoSite Demo => _site ??= new DemoSite(_clock);

    public void Configure(double timeScale, int seed)
    {
        if (_site is not null) throw new InvalidOperationException("the site is configured before a line is opened");
        _clock = new SiteClock(TimeProvider.System, timeScale);
        _site = new DemoSite(_clock, seed);
    }

    public void SetTimeZone(string posixRule) => _clock.TimeZone = posixRule;

    /// <summary>The simulated devices behind a line, or null when the site has not opened it (tests inject faults here).</summary>
    public SimulatedBus? Bus(string line) => _buses.GetValueOrDefault(line);

    public IModbusTransport? Open(string line, byte irUnit)
    {
        var bus = new SimulatedBus();
        switch (line)
        {
            case "ir.left":
                Demo.PopulateLeftIr(bus, irUnit);
                break;
            case "ir.right":
                Demo.PopulateRightIr(bus, irUnit);
                break;
            case "rs485":
                Demo.PopulateRs485(bus);
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

    public IReadOnlyList<byte> Units(string line) =>
        Bus(line)?.Devices.Where(d => d.Value.IsReadable(FunctionCode.ReadInputRegisters, 1, 13)).Select(d => d.Key).Order().ToList() ?? [];

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
