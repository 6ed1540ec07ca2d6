using System.Text;
using System.Text.Json.Nodes;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Devices;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Gateway.Devices;
using SmartGateway.Host.Storage;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Inputs;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Host.Rules;

/// <summary>
/// The automations of the gateway: compile → verify → swap at a tick boundary (the previous rule set
/// keeps running when a new one is refused, the verifier's reason reported as SG9001), one interpreter tick per
/// gateway tick on the snapshot of device readings, local time and tariff (filled by index through the runtime's
/// InputBinding), actions handed to the dispatcher in order, interpreter state saved with the image hash and
/// restored only into the identical image after a restart. The tick does no I/O: history rows and state saves
/// go to the <see cref="TickWriter"/>.
/// </summary>
public sealed class RuleHost : IRuleEngine, ITickHandler, IDisposable
{
    private const int SaveEveryTicks = 10;

    private readonly object _gate = new();
    private readonly SourceStore _sources;
    private readonly ITariffClock _clock;
    private readonly ActionDispatcher _dispatcher;
    private readonly DeviceReadings _readings;
    private readonly TickWriter _writer;
    private readonly LocalInputs _local = new();
    private readonly int _temperatureCell;
    private readonly int _pulseCell;
    private readonly IDeviceDirectory _devices;
    private LoadedRules? _running;
    private LoadedRules? _pending;

    public RuleHost(SourceStore sources, StateStore states, ITariffClock clock, ActionDispatcher dispatcher, DeviceReadings readings,
        EventLog log, TickWriter writer, IDeviceDirectory devices, RuleHostOptions options)
    {
        _devices = devices;
        _sources = sources;
        _clock = clock;
        _dispatcher = dispatcher;
        _readings = readings;
        _writer = writer;
        readings.Resolve(SimulatedGatewayInputs.Temperature, out _temperatureCell);
        readings.Resolve(SimulatedGatewayInputs.Pulse, out _pulseCell);
        StoredSource? stored = sources.Get(SourceStore.Automations);
        (string text, string format) = stored != null ? (stored.Text, stored.Format) : (options.DefaultRules(), "text");
        // Devices are not found yet, and a source stored by an earlier version must keep running: a reload.
        _running = Compile(text, format, new CompileOptions(Reload: true), readings, out IReadOnlyList<RuleDiagnostic> diagnostics);
        if (_running == null)
        {
            log.Append(EventLog.Error, "automations", $"the stored automations do not compile ({diagnostics.Count} diagnostics); none run");
            return;
        }
        if (stored == null) sources.Save(SourceStore.Automations, text, format);
        byte[]? state = states.Restore(_running.Hash);
        if (state != null && _running.Interpreter.RestoreState(state)) log.Append(EventLog.Info, "automations", "state restored after restart");
    }

    public RuleSourceView Current
    {
        get
        {
            lock (_gate)
            {
                LoadedRules? rules = _pending ?? _running;
                if (rules != null) return new RuleSourceView(rules.Source, FormatOf(rules.Format), rules.Hash, Running: true);
            }
            StoredSource? stored = _sources.Get(SourceStore.Automations);
            return new RuleSourceView(stored?.Text ?? "", FormatOf(stored?.Format ?? "text"), null, Running: false);
        }
    }

    public Task<RuleSwapResult> CompileAndSwapAsync(string source, RuleSourceFormat format, CancellationToken cancellationToken)
    {
        string stored = format == RuleSourceFormat.Json ? "json" : "text";
        // Action targets are checked against the devices the gateway has now (a Bicom action on a meter is refused),
        // once every line has been identified: before that an absent device may only be one not found yet.
        CompileOptions options = _devices.Complete ? new CompileOptions(LiveLineUp.Of(_devices.Slots)) : CompileOptions.Default;
        LoadedRules? loaded = Compile(source, stored, options, _readings, out IReadOnlyList<RuleDiagnostic> diagnostics, cancellationToken);
        if (loaded == null) return Task.FromResult(new RuleSwapResult(false, null, diagnostics));
        _sources.Save(SourceStore.Automations, source, stored);
        lock (_gate) _pending = loaded;
        return Task.FromResult(new RuleSwapResult(true, loaded.Hash, diagnostics));
    }

    public JsonObject Preview(int offset, int limit)
    {
        lock (_gate)
        {
            return _running == null ? new JsonObject { ["running"] = false, ["automations"] = new JsonArray() } : UnknownInputs.Explain(LivePreview.Build(_running, offset, limit), _readings.Get, DateTime.UtcNow, utc => _clock.Now(new DateTimeOffset(utc, TimeSpan.Zero)).LocalTime);
        }
    }

    public void Tick(long tick, DateTimeOffset utc)
    {
        lock (_gate)
        {
            if (_pending != null)
            {
                _running = _pending;
                _pending = null;
            }
            LoadedRules? rules = _running;
            if (rules == null) return;
            DateTime local = Fill(rules, utc);
            _writer.Record(rules, local);
            rules.Interpreter.Tick(rules.Snapshot);
            ActionQueue queue = rules.Interpreter.Actions;
            for (int k = 0; k < queue.Count; k++)
            {
                _dispatcher.Enqueue(rules.Image.Automations[queue.AutomationAt(k)].Name, rules.Image.Actions[queue.ActionAt(k)]);
            }
            if (tick % SaveEveryTicks == 0) SaveState(rules);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_running != null) SaveState(_running);
        }
    }

    public static RuleDiagnostic ToRuleDiagnostic(Diagnostic d) =>
        new(d.IsError ? "error" : "warning", d.Code, d.Message, d.Span.Line, d.Span.Column);

    /// <summary>
    /// The gateway's own inputs (local time, the calendar's tariff, temperature and pulse by their reading cells),
    /// then every input by its binding: by index, no strings compared. Returns the local time.
    /// </summary>
    private DateTime Fill(LoadedRules rules, DateTimeOffset utc)
    {
        TariffNow now = _clock.Now(utc);
        DateTime t = now.LocalTime;
        _local.TimeValid = true;
        _local.Local = LocalTime.FromLocalSeconds(LocalTime.ToLocalSeconds(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second), 0, false);
        _local.TariffValid = now.ActiveTariff is not null;
        _local.Tariff = now.ActiveTariff ?? 0;
        _local.TemperatureValid = _readings.IsValid(_temperatureCell);
        _local.TemperatureMicro = _readings.Value(_temperatureCell);
        _local.PulseValid = _readings.IsValid(_pulseCell);
        _local.PulseMicroWh = _readings.Value(_pulseCell);
        rules.Binding.Fill(rules.Snapshot, _local);
        return t;
    }

    private void SaveState(LoadedRules rules)
    {
        byte[] state = new byte[rules.Interpreter.StateSize];
        rules.Interpreter.SaveState(state);
        _writer.Save(rules.Hash, state);
    }

    private static LoadedRules? Compile(string source, string format, CompileOptions options, IInputResolver devices, out IReadOnlyList<RuleDiagnostic> diagnostics,
        CancellationToken cancellationToken = default)
    {
        string path = format == "json" ? "automations.json" : "automations.sgr";
        CompilationResult result = Compilation.Compile(path, Encoding.UTF8.GetBytes(source), options, cancellationToken);
        var loaded = LoadedRules.From(result, path, source, format, devices, out IReadOnlyList<Diagnostic> all);
        diagnostics = all.Select(ToRuleDiagnostic).ToList();
        return loaded;
    }

    private static RuleSourceFormat FormatOf(string format) => format == "json" ? RuleSourceFormat.Json : RuleSourceFormat.Text;
}
