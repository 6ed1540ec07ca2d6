using System.Diagnostics;
using System.Text.RegularExpressions;
using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Devices;
using SmartGateway.Runtime.Devices;
using SmartGateway.Simulator;
using SmartGateway.Simulator.Devices;
using SmartGateway.Tests.Shared;

namespace SmartGateway.Modbus.Benchmarks;

/// <summary>
/// The issue's benchmark line: 16 WM3M4C meters at 115200 8N1 on a socat pseudo-terminal pair, the
/// simulator pacing replies like a real line (RtuSlaveServer.Pace), the host master polling every input
/// of the shipped WM3M4C map. A pty has no baud rate, so the pacing is what makes the wire-time bound
/// meaningful: the ratio measures what the host adds on top of the wire.
/// </summary>
public sealed partial class SixteenMeterLine : IDisposable
{
    public const int Meters = 16;
    public const int Baud = 115200;

    private readonly Process _socat;
    private readonly RtuSlaveServer _slave;
    private readonly ModbusBus _bus;

    public SixteenMeterLine(long latencyMicros = 1000)
    {
        (_socat, string first, string second) = StartSocat();
        var sim = new SimulatedBus();
        for (byte unit = 1; unit <= Meters; unit++) sim.Add(unit, new IskraMeter("WM3M4C", "W" + (4192000 + unit)));
        _slave = new RtuSlaveServer(sim, first, Baud) { Pace = true, LatencyMicros = latencyMicros };
        _slave.Start();
        _bus = new ModbusBus(new SerialTransport(second, Baud, deviceLatencyMicros: latencyMicros), TimeSpan.FromMilliseconds(200));
        DeviceMap map = LoadMap("WM3M4C");
        var devices = Enumerable.Range(1, Meters).Select(u => new PolledDevice("rs485." + u, (byte)u, map)).ToList();
        Readings = new DeviceReadings();
        Poller = new BusPoller(_bus, devices, Readings);
    }

    public BusPoller Poller { get; }
    public DeviceReadings Readings { get; }

    public void Dispose()
    {
        _bus.Dispose();
        _slave.Dispose();
        if (!_socat.HasExited) _socat.Kill();
        _socat.WaitForExit(5000);
        _socat.Dispose();
    }

    private static DeviceMap LoadMap(string model)
    {
        string file = Repository.RepoFile($"rules/devices/{model}.json");
        var bag = new DiagnosticBag();
        return DeviceMapCompiler.Compile(file, File.ReadAllText(file), bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Items));
    }

    private static (Process, string, string) StartSocat()
    {
        var psi = new ProcessStartInfo("socat", "-d -d pty,raw,echo=0 pty,raw,echo=0") { RedirectStandardError = true };
        Process socat = Process.Start(psi) ?? throw new InvalidOperationException("socat is not installed (apt-get install socat)");
        var paths = new List<string>();
        while (paths.Count < 2)
        {
            string line = socat.StandardError.ReadLine() ?? throw new InvalidOperationException("socat exited before reporting its pseudo-terminals");
            Match m = PtyLine().Match(line);
            if (m.Success) paths.Add(m.Groups[1].Value);
        }
        _ = socat.StandardError.ReadToEndAsync();
        return (socat, paths[0], paths[1]);
    }

    [GeneratedRegex(@"PTY is (\S+)")]
    private static partial Regex PtyLine();
}
