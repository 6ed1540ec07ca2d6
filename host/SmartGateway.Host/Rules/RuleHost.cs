using System.Text;
using System.Text.Json.Nodes;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Devices;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Storage;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Time;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Host.Rules;

/// <summary>
/// The automations of the gateway: compile → verify → swap at a tick boundary (the previous rule set
/// keeps running when a new one is refused), one interpreter tick per gateway tick on the snapshot of
/// device readings, local time and tariff, actions handed to the dispatcher in order, interpreter
/// state saved with the image hash and restored only into the identical image after a restart.
/// </summary>
public sealed class RuleHost : IRuleEngine, ITickHandler, IDisposable
{
    private const int SaveEveryTicks = 10;

    private readonly object _gate = new();
    private readonly SourceStore _sources;
    private readonly StateStore _states;
    private readonly ITariffClock _clock;
    private readonly ActionDispatcher _dispatcher;
    private readonly DeviceReadings _readings;
    private readonly EventLog _log;
    private readonly InputHistory _history;
    private LoadedRules? _running;
    private LoadedRules? _pending;

    public RuleHost(SourceStore sources, StateStore states, ITariffClock clock, ActionDispatcher dispatcher, DeviceReadings readings,
        EventLog log, InputHistory history, RuleHostOptions options)
    {
        _history = history;
        _sources = sources;
        _states = states;
        _clock = clock;
        _dispatcher = dispatcher;
        _readings = readings;
        _log = log;
        StoredSource? stored = sources.Get(SourceStore.Automations);
        (string text, string format) = stored != null ? (stored.Text, stored.Format) : (options.DefaultRules(), "text");
        _running = Compile(text, format, out IReadOnlyList<RuleDiagnostic> diagnostics);
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
        LoadedRules? loaded = Compile(source, stored, out IReadOnlyList<RuleDiagnostic> diagnostics, cancellationToken);
        if (loaded == null) return Task.FromResult(new RuleSwapResult(false, null, diagnostics));
        _sources.Save(SourceStore.Automations, source, stored);
        lock (_gate) _pending = loaded;
        return Task.FromResult(new RuleSwapResult(true, loaded.Hash, diagnostics));
    }

    public JsonObject Preview(int offset, int limit)
    {
        lock (_gate)
        {
            return _running == null ? new JsonObject { ["running"] = false, ["automations"] = new JsonArray() } : UnknownInputs.Explain(LivePreview.Build(_running, offset, limit), _readings.Get, DateTime.UtcNow);
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
            Record(rules, local);
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

    /// <summary>Stored history must never stop the automations: a write that fails is logged and skipped.</summary>
    private void Record(LoadedRules rules, DateTime local)
    {
        try
        {
            _history.Record(rules, local);
        }
        catch (IOException e)
        {
            _log.Append(EventLog.Error, "history", "input history not written: " + e.Message);
        }
    }

    /// <summary>Device readings, then local time (time.*) and the calendar's tariff; returns the local time.</summary>
    private DateTime Fill(LoadedRules rules, DateTimeOffset utc)
    {
        Snapshot snapshot = rules.Snapshot;
        _readings.Fill(rules.Image.Inputs, snapshot);
        TariffNow now = _clock.Now(utc);
        DateTime t = now.LocalTime;
        LocalTime local = LocalTime.FromLocalSeconds(LocalTime.ToLocalSeconds(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second), 0, false);
        for (int i = 0; i < rules.TimeKinds.Length; i++)
        {
            if (rules.TimeKinds[i] != TimeInputs.None) snapshot.Set(i, TimeInputs.Value(rules.TimeKinds[i], local));
        }
        if (rules.TariffInput >= 0)
        {
            if (now.ActiveTariff is int tariff) snapshot.Set(rules.TariffInput, Fixed.FromInt(tariff));
            else snapshot.SetInvalid(rules.TariffInput);
        }
        return t;
    }

    private void SaveState(LoadedRules rules)
    {
        byte[] state = new byte[rules.Interpreter.StateSize];
        rules.Interpreter.SaveState(state);
        _states.Save(rules.Hash, state);
    }

    private static LoadedRules? Compile(string source, string format, out IReadOnlyList<RuleDiagnostic> diagnostics,
        CancellationToken cancellationToken = default)
    {
        string path = format == "json" ? "automations.json" : "automations.sgr";
        CompilationResult result = Compilation.Compile(path, Encoding.UTF8.GetBytes(source), cancellationToken);
        diagnostics = result.Diagnostics.Select(ToRuleDiagnostic).ToList();
        return LoadedRules.From(result, source, format);
    }

    private static RuleSourceFormat FormatOf(string format) => format == "json" ? RuleSourceFormat.Json : RuleSourceFormat.Text;
}
