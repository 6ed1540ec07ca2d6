using System.IO.Ports;
using Microsoft.Extensions.Options;
using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Devices;
using SmartGateway.Host.Configuration;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Gateway.Devices;

/// <summary>
/// The gateway's Modbus lines: left IR, right IR, RS485 and Modbus TCP meters. A serial port left empty in
/// configuration is served by the simulated site when one is loaded (<see cref="ISimulatedSite"/>), polled through the
/// same bus and poller as a real meter. Each line polls on its own thread, so lines run in parallel.
/// A device that stops answering raises <see cref="ErrorFlags.DeviceNotResponding"/> and logs the manual's error text
/// (which the MQTT links publish on their error topic).
/// </summary>
public sealed class DeviceStack(
    IOptions<GatewayOptions> options, DeviceReadings readings, GatewayHealth health, EventLog log, SettingsStore settings, ILogger<DeviceStack> logger)
    : IHostedService, IAsyncDisposable
{
    public const string LeftIr = "ir.left";
    public const string RightIr = "ir.right";
    public const string Rs485 = "rs485";

    private readonly GatewayOptions _options = options.Value;
    private readonly List<DeviceLine> _lines = [];
    private readonly HashSet<DeviceLine> _simulated = [];
    private readonly List<Task> _loops = [];
    private readonly CancellationTokenSource _stop = new();
    private SimulatedGatewayInputs? _gatewayInputs;
    private int _disposed;

    public IReadOnlyList<DeviceLine> Lines => _lines;

    public DeviceLine? Line(string name) => _lines.FirstOrDefault(l => l.Name == name);

    /// <summary>The simulated site standing in for empty ports, or null when the simulator is not enabled.</summary>
    public ISimulatedSite? Site { get; } = SimulatedSiteLoader.Load(options.Value.Simulator);

    public TimeSpan ScanTimeout => _simulated.Any(l => l.Name == Rs485)
        ? TimeSpan.FromMilliseconds(10) // loopback replies take microseconds
        : TimeSpan.FromMilliseconds(_options.Rs485.ScanTimeoutMs);

    /// <summary>Raised when any line's device list changes.</summary>
    public event Action? Changed;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (Site is not null)
        {
            // The site's sun follows the gateway's local day.
            Site.Configure(_options.Simulator.TimeScale, _options.Simulator.Seed);
            Site.SetTimeZone(settings.Current.Time.TimeZone);
            settings.Changed += s => Site.SetTimeZone(s.Time.TimeZone);
        }
        var diagnostics = new DiagnosticBag();
        var catalog = new DeviceCatalog(DeviceMapDirectory.Compile(MapsDirectory(), diagnostics));
        foreach (Diagnostic diagnostic in diagnostics.Items) logger.LogWarning("device map: {Diagnostic}", diagnostic);

        AddSerialLine(LeftIr, _options.LeftIr, [Unit(_options.LeftIr)], _ => LeftIr, catalog);
        AddSerialLine(RightIr, _options.RightIr, [Unit(_options.RightIr)], _ => RightIr, catalog);
        // The addresses of configuration and those stored from the RS485 tab ("Add device", "Add all devices").
        AddSerialLine(Rs485, _options.Rs485, _options.Rs485.Addresses.Union(settings.Current.Rs485.Addresses).Select(a => (byte)a), RsInterface, catalog);
        foreach (TcpMeterOptions meter in _options.TcpMeters)
        {
            var bus = new ModbusBus(new TcpTransport(meter.Host, meter.Port));
            AddLine(new DeviceLine($"tcp {meter.Host}:{meter.Port}", bus, [(byte)meter.UnitId], RsInterface, catalog, readings));
        }
        if (_options.SimulateGatewayInputs && Site is not null) _gatewayInputs = new SimulatedGatewayInputs(Site, readings, settings);

        _gatewayInputs?.Update();
        // Each line is identified on its own thread while the API already answers: devices appear in the device list
        // as they answer (an IR port still being looked at reads "Not Detected", as on the reference gateway).
        var period = TimeSpan.FromMilliseconds(Math.Max(10, _options.PollPeriodMs));
        var identified = new List<Task>();
        foreach (DeviceLine line in _lines)
        {
            var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            identified.Add(first.Task);
            _loops.Add(PollLoop(line, period, first, _stop.Token));
        }
        Identified = Task.WhenAll(identified);
        if (_options.Rs485.Port.Length > 0 && _options.Rs485.Addresses.Count == 0 && Line(Rs485) is DeviceLine rs485)
            _loops.Add(Task.Factory.StartNew(() => rs485.Scan(AllAddresses(), ScanTimeout), _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default));
        return Task.CompletedTask;
    }

    /// <summary>Completes when every line has been identified and read once (tests wait for it; the API does not).</summary>
    public Task Identified { get; private set; } = new TaskCompletionSource().Task; // nothing is identified before start

    /// <summary>Identifies a line's configured units and reads them once; the rest are looked for again every ten cycles.</summary>
    private void Identify(DeviceLine line)
    {
        if (_simulated.Contains(line)) line.IdentifyPending(IdentifyTimeout(line, null), 2);
        else line.IdentifyPending();
        foreach (byte unit in line.Pending)
            logger.LogWarning("{Line} ({Transport}): no device answers at unit {Unit}; looking again every ten cycles", line.Name, line.Bus.Transport.Name, unit);
        Cycle(line);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _disposed) == 1) return;
        await _stop.CancelAsync();
        try
        {
            await Task.WhenAll(_loops).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping: a scan or cycle in progress ends with the bus.
        }
    }

    /// <summary>Idempotent: the container disposes the stack both as itself and as a hosted service.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        if (!_stop.IsCancellationRequested) await _stop.CancelAsync();
        foreach (DeviceLine line in _lines) line.Dispose();
        if (Site is not null) await Site.DisposeAsync();
        _stop.Dispose();
    }

    private bool IrLineEnabled(string name) => name switch
    {
        LeftIr => settings.Current.Ir.LeftEnabled,
        RightIr => settings.Current.Ir.RightMode == "controlled",
        _ => true,
    };

    /// <summary>Adds RS485 addresses to the line and identifies them now; returns the line's devices afterwards.</summary>
    public IReadOnlyList<IdentifiedDevice> AddRs485(IEnumerable<int> addresses)
    {
        if (Line(Rs485) is not DeviceLine line) return [];
        line.Add(addresses.Select(a => (byte)a));
        line.IdentifyPending(IdentifyTimeout(line, null), null);
        return line.Devices;
    }

    public static IEnumerable<byte> AllAddresses() => Enumerable.Range(1, 247).Select(a => (byte)a);

    private static string RsInterface(byte unit) => "rs485." + unit.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static byte Unit(SerialPortOptions port) => (byte)Math.Clamp(port.Unit, 1, 247);

    private string MapsDirectory() => _options.DeviceMaps.Length > 0
        ? Path.GetFullPath(_options.DeviceMaps)
        : Path.Combine(AppContext.BaseDirectory, "devices");

    /// <summary>A serial line; an empty port is served by the simulated site, or left out when there is none.</summary>
    private void AddSerialLine(string name, SerialPortOptions port, IEnumerable<byte> units, Func<byte, string> interfaceOf, DeviceCatalog catalog)
    {
        ModbusBus bus;
        if (port.Port.Length == 0)
        {
            if (Site?.Open(name, Unit(port)) is not IModbusTransport simulated) return;
            bus = new ModbusBus(simulated);
            if (name == Rs485 && _options.Rs485.Addresses.Count == 0) units = Site.Units(name).Union(units).Order();
        }
        else
        {
            Parity parity = port.Parity.ToLowerInvariant() switch { "even" => Parity.Even, "odd" => Parity.Odd, _ => Parity.None };
            bus = new ModbusBus(new SerialTransport(port.Port, port.BaudRate, parity, port.StopBits == 2 ? StopBits.Two : StopBits.One));
        }
        var line = new DeviceLine(name, bus, units, interfaceOf, catalog, readings);
        if (port.Port.Length == 0) _simulated.Add(line);
        AddLine(line);
    }

    private void AddLine(DeviceLine line)
    {
        line.DeviceNotResponding += NotResponding;
        line.Changed += () => Changed?.Invoke();
        _lines.Add(line);
    }

    private void NotResponding(string text)
    {
        const string prefix = "Error: ";
        health.Set(ErrorFlags.DeviceNotResponding, true);
        log.Append(EventLog.Error, "devices", text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : text);
    }

    /// <summary>One poll cycle of a line; the error flag drops once no device of any line is offline.</summary>
    public CycleReport? Cycle(DeviceLine line)
    {
        CycleReport? report = line.RunCycle();
        if (!_lines.Any(l => l.AnyOffline)) health.Set(ErrorFlags.DeviceNotResponding, false);
        return report;
    }

    /// <summary>How long an identification read waits: <paramref name="real"/> on a real line (null = the bus default);
    /// a simulated device is always there, so it gets time to answer on a machine busy starting up.</summary>
    private TimeSpan? IdentifyTimeout(DeviceLine line, TimeSpan? real) => _simulated.Contains(line) ? TimeSpan.FromSeconds(2) : real;

    /// <summary>A line that does not answer is the field's weather (a warning); anything else is a fault (an error).</summary>
    private static LogLevel LevelOf(Exception exception) =>
        exception is IOException or InvalidOperationException or ModbusCommunicationException ? LogLevel.Warning : LogLevel.Error;

    /// <remarks>Own threads, not the pool's: blocked pool threads would delay the socket completions these reads wait for.</remarks>
    private Task PollLoop(DeviceLine line, TimeSpan period, TaskCompletionSource identified, CancellationToken ct) => Task.Factory.StartNew(() =>
    {
        try
        {
            Identify(line);
        }
        catch (ObjectDisposedException)
        {
            return;
        }
        catch (Exception exception)
        {
            logger.Log(LevelOf(exception), exception, "{Line}: identifying the devices failed; looking again every ten cycles", line.Name);
        }
        finally
        {
            identified.TrySetResult();
        }
        long cycle = 0;
        while (!ct.IsCancellationRequested)
        {
            DateTime started = DateTime.UtcNow;
            try
            {
                // An IR port switched off on the IR devices tab is not read (and so raises no error).
                if (!IrLineEnabled(line.Name))
                {
                    ct.WaitHandle.WaitOne(period);
                    continue;
                }
                Cycle(line);
                // Devices that did not answer at start are looked for again every ten cycles.
                if (++cycle % 10 == 0) line.IdentifyPending(IdentifyTimeout(line, TimeSpan.FromMilliseconds(100)), 0);
                if (line == _lines[0]) _gatewayInputs?.Update();
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (Exception exception)
            {
                // Whatever failed (the line, a fault of ours, a listener such as the event log on a full disk), the line
                // goes on polling: ended, its meters would freeze with no error to show it.
                logger.Log(LevelOf(exception), exception, "{Line}: poll cycle failed", line.Name);
            }
            TimeSpan wait = period - (DateTime.UtcNow - started);
            if (wait > TimeSpan.Zero) ct.WaitHandle.WaitOne(wait);
        }
    }, ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
