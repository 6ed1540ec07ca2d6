using SmartGateway.Compiler.Tariffs;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Storage;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Host.Rules;

/// <summary>
/// Local time from the settings' POSIX TZ rule and the active tariff from the stored calendar — the
/// runtime's PosixTimeZone and TariffCalendar, so host and firmware agree to the second.
/// </summary>
public sealed class CalendarClock : ITariffClock
{
    private TariffCalendar? _calendar;
    private PosixTimeZone _zone;
    private string _zoneRule;

    public CalendarClock(SettingsStore settings, SourceStore sources, string? defaultCalendarPath)
    {
        _zoneRule = settings.Current.Time.TimeZone;
        _zone = ParseZone(_zoneRule);
        settings.Changed += s =>
        {
            _zoneRule = s.Time.TimeZone;
            _zone = ParseZone(_zoneRule);
        };
        StoredSource? stored = sources.Get(SourceStore.Tariffs);
        if (stored != null) _calendar = Compile(stored.Text, out _);
        else if (defaultCalendarPath != null && File.Exists(defaultCalendarPath))
        {
            string text = File.ReadAllText(defaultCalendarPath);
            _calendar = Compile(text, out _);
            if (_calendar != null) sources.Save(SourceStore.Tariffs, text, "text");
        }
    }

    public TariffCalendar? Calendar => _calendar;

    public TariffNow Now(DateTimeOffset utc)
    {
        long seconds = utc.ToUnixTimeSeconds();
        TariffCalendar? calendar = _calendar;
        LocalTime local = (calendar?.TimeZone ?? _zone).ToLocal(seconds);
        var wall = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, DateTimeKind.Unspecified);
        return new TariffNow(wall, calendar?.TariffAtUtc(seconds), _zoneRule);
    }

    /// <summary>Compiles a calendar (DSL or JSON); on success it takes effect at once, otherwise nothing changes.</summary>
    public TariffLoadResult Load(string source, CancellationToken cancellationToken = default)
    {
        TariffCalendar? calendar = Compile(source, out IReadOnlyList<RuleDiagnostic> diagnostics, cancellationToken);
        if (calendar == null) return new TariffLoadResult(false, diagnostics);
        _calendar = calendar;
        return new TariffLoadResult(true, diagnostics);
    }

    private static TariffCalendar? Compile(string source, out IReadOnlyList<RuleDiagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        string path = source.TrimStart().StartsWith('{') ? "tariffs.json" : "tariffs.sgt";
        TariffCompilation compiled = TariffCompiler.Compile(path, source, cancellationToken);
        diagnostics = compiled.Diagnostics.Items.Select(RuleHost.ToRuleDiagnostic).ToList();
        return compiled.Load();
    }

    /// <summary>A settings value that is not a valid rule falls back to UTC rather than stopping the gateway.</summary>
    private static PosixTimeZone ParseZone(string rule) =>
        PosixTimeZone.Parse(rule, out _, out _) ?? PosixTimeZone.Parse("UTC0", out _, out _)!;
}
