using System.Globalization;
using System.Text.Json;
using SmartGateway.Host.Rules;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Host.Gateway;

/// <summary>
/// The gateway's tariff registers of the counters assigned to tariffs (settings <c>counter_tariffs</c>): every
/// sample feeds each assigned counter's reading to the runtime's <see cref="TariffCounters"/>, which splits the
/// energy between two readings at the tariff edges; a counter's register is the sum over its assigned tariffs.
/// Registers are informative (the meter's own counters are the billing ones) and kept in
/// <c>tariff-counters.json</c> of the data directory, so they survive a restart.
/// </summary>
public sealed class TariffCounterBook
{
    private const long Micro = 1_000_000;
    private readonly IDeviceDirectory _directory;
    private readonly IMeasurementSource _source;
    private readonly CalendarClock _clock;
    private readonly SettingsStore _settings;
    private readonly string _path;
    private readonly object _gate = new();
    private readonly Dictionary<string, (TariffCalendar Calendar, TariffCounters Counters)> _counters = new(StringComparer.Ordinal);
    private bool _dirty;

    public TariffCounterBook(IDeviceDirectory directory, IMeasurementSource source, CalendarClock clock, SettingsStore settings, string dataDirectory)
    {
        _directory = directory;
        _source = source;
        _clock = clock;
        _settings = settings;
        _path = Path.Combine(dataDirectory, "tariff-counters.json");
        Restore();
    }

    /// <summary>The register of each tariff 1–5 (Wh, varh or VAh) of an assigned counter; null when it is not assigned.</summary>
    public IReadOnlyList<double>? Registers(CounterTariffSettings assigned)
    {
        lock (_gate)
        {
            if (!_counters.TryGetValue(Key(assigned), out (TariffCalendar Calendar, TariffCounters Counters) entry)) return null;
            return [.. Enumerable.Range(1, 5).Select(t => entry.Counters.Register(t) / (double)Micro)];
        }
    }

    /// <summary>Feeds the assigned counters' readings of <paramref name="utc"/>.</summary>
    public void Sample(DateTimeOffset utc)
    {
        if (_clock.Calendar is not TariffCalendar calendar) return;
        lock (_gate)
        {
            foreach (CounterTariffSettings assigned in _settings.Current.CounterTariffs)
            {
                if (Reading(assigned) is not double value) continue;
                string key = Key(assigned);
                if (!_counters.TryGetValue(key, out (TariffCalendar Calendar, TariffCounters Counters) entry) || !ReferenceEquals(entry.Calendar, calendar))
                {
                    // A new calendar keeps the registers: only how future energy is split changes.
                    var counters = new TariffCounters(calendar);
                    if (entry.Counters != null) for (int t = 1; t <= 5; t++) counters.SetRegister(t, entry.Counters.Register(t));
                    entry = (calendar, counters);
                    _counters[key] = entry;
                }
                entry.Counters.Observe(utc.ToUnixTimeSeconds(), (long)Math.Round(value * Micro));
                _dirty = true;
            }
        }
    }

    /// <summary>Writes the registers when they changed since the last save (atomically: a crash keeps the old file).</summary>
    public void Save()
    {
        Dictionary<string, long[]> registers;
        lock (_gate)
        {
            if (!_dirty) return;
            registers = _counters.ToDictionary(e => e.Key, e => Enumerable.Range(1, 5).Select(t => e.Value.Counters.Register(t)).ToArray());
            _dirty = false;
        }
        try
        {
            File.WriteAllText(_path + ".tmp", JsonSerializer.Serialize(registers, TariffCounterJsonContext.Default.DictionaryStringInt64Array));
            File.Move(_path + ".tmp", _path, overwrite: true);
        }
        catch
        {
            // Not saved: the next save must write these registers even if nothing changes before it.
            lock (_gate) _dirty = true;
            throw;
        }
    }

    public static string Key(CounterTariffSettings a) =>
        string.Create(CultureInfo.InvariantCulture, $"{a.Slot}/{a.CounterKind}/{a.Counter}/{string.Join(",", a.Tariffs.Order())}");

    private double? Reading(CounterTariffSettings assigned)
    {
        if (assigned.Slot >= _directory.Slots.Count || !_directory.Slots[assigned.Slot].IsMeter) return null;
        if (_source.Counters(assigned.Slot) is not DeviceCounters counters) return null;
        IReadOnlyList<EnergyCounter> list = assigned.CounterKind == "resettable" ? counters.Resettable : counters.NonResettable;
        return assigned.Counter <= list.Count ? list[assigned.Counter - 1].Value : null;
    }

    /// <summary>Registers come back with the calendar in force at the first sample.</summary>
    private void Restore()
    {
        if (!File.Exists(_path) || _clock.Calendar is not TariffCalendar calendar) return;
        Dictionary<string, long[]>? stored;
        try
        {
            stored = JsonSerializer.Deserialize(File.ReadAllText(_path), TariffCounterJsonContext.Default.DictionaryStringInt64Array);
        }
        catch (JsonException)
        {
            return;
        }
        foreach ((string? key, long[]? values) in stored ?? [])
        {
            var counters = new TariffCounters(calendar);
            for (int t = 1; t <= Math.Min(5, values.Length); t++) counters.SetRegister(t, values[t - 1]);
            _counters[key] = (calendar, counters);
        }
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, long[]>))]
internal sealed partial class TariffCounterJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
