using System.Globalization;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Gateway;

/// <summary>
/// Takes recorder readings at local midnight and 15-minute load-profile intervals. The load profile starts with the
/// running interval: from a meter's first sample after start its energy so far is <see cref="Running"/> (a partial bar),
/// and at its boundary it is stored with the average power over the part that was watched.
/// </summary>
/// <remarks>Driven by <see cref="Sample"/> with the current UTC time, so tests step the clock themselves.</remarks>
public sealed class HistorySampler(
    SettingsStore settings, IDeviceDirectory directory, IMeasurementSource source, ITariffClock clock,
    RecorderStore recorders, LoadProfileStore loadProfile)
{
    private static readonly TimeSpan Quarter = TimeSpan.FromMinutes(15);
    private readonly Dictionary<int, (double Import, double Export, DateTimeOffset Since)> _baseline = [];
    private readonly object _gate = new();
    private DateOnly? _lastLocalDate;
    private long? _lastQuarter;

    public void Sample(DateTimeOffset utc)
    {
        var localDate = DateOnly.FromDateTime(clock.Now(utc).LocalTime);
        if (_lastLocalDate is DateOnly previous && localDate > previous) TakeRecorderReadings(previous, localDate);
        _lastLocalDate = localDate;

        long quarter = utc.ToUnixTimeSeconds() / (long)Quarter.TotalSeconds;
        lock (_gate)
        {
            if (_lastQuarter is long last && last != quarter)
            {
                var intervalEnd = DateTimeOffset.FromUnixTimeSeconds(quarter * (long)Quarter.TotalSeconds);
                // After a pause longer than an interval the energy since the baseline spans several: not written.
                TakeLoadProfile(intervalEnd, write: last == quarter - 1);
            }
            _lastQuarter = quarter;
            StartNewMeters(utc);
        }
    }

    /// <summary>The running interval of a slot so far (null before its first sample): energy since its start and the average power.</summary>
    public LoadProfileEntry? Running(int slot, DateTimeOffset utc)
    {
        if (source.Counters(slot) is not DeviceCounters counters) return null;
        lock (_gate)
        {
            if (!_baseline.TryGetValue(slot, out (double Import, double Export, DateTimeOffset Since) before) || utc <= before.Since) return null;
            var end = DateTimeOffset.FromUnixTimeSeconds((utc.ToUnixTimeSeconds() / (long)Quarter.TotalSeconds + 1) * (long)Quarter.TotalSeconds);
            return Interval(end, before, counters, utc - before.Since);
        }
    }

    /// <summary>The day <paramref name="ended"/> is over: a daily reading, and monthly/yearly when those ended too.</summary>
    private void TakeRecorderReadings(DateOnly ended, DateOnly today)
    {
        IReadOnlyList<RecorderSettings> list = settings.Current.Recorders;
        for (int id = 0; id < list.Count; id++)
        {
            if (!list[id].Enabled || Reading(list[id]) is not (double value, string unit)) continue;
            recorders.Record(id + 1, RecorderPeriod.Daily, ended.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value, unit);
            if (today.Month != ended.Month || today.Year != ended.Year)
                recorders.Record(id + 1, RecorderPeriod.Monthly, ended.ToString("yyyy-MM", CultureInfo.InvariantCulture), value, unit);
            if (today.Year != ended.Year)
                recorders.Record(id + 1, RecorderPeriod.Yearly, ended.ToString("yyyy", CultureInfo.InvariantCulture), value, unit);
        }
    }

    private (double, string)? Reading(RecorderSettings recorder)
    {
        if (recorder.Source == "pulse")
            return source.GatewayInputs().PulseEnergy is double pulse ? (pulse, "Wh") : null;
        DeviceCounters? counters = source.Counters(recorder.Slot);
        if (counters is null) return null;
        IReadOnlyList<EnergyCounter> list = recorder.CounterKind == "resettable" ? counters.Resettable : counters.NonResettable;
        int index = recorder.Counter - 1;
        return index >= 0 && index < list.Count ? (list[index].Value, list[index].Unit) : null;
    }

    /// <summary>At a boundary (or at start, with write false): stores each meter's interval, then starts the next from here.</summary>
    private void TakeLoadProfile(DateTimeOffset at, bool write)
    {
        foreach (DeviceSlot slot in directory.Slots)
        {
            if (!slot.IsMeter || source.Counters(slot.Slot) is not DeviceCounters counters) continue;
            if (write && _baseline.TryGetValue(slot.Slot, out (double Import, double Export, DateTimeOffset Since) before) && at > before.Since)
                loadProfile.Add(slot.Slot, Interval(at, before, counters, at - before.Since));
            _baseline[slot.Slot] = (ActiveEnergy(counters, "import"), ActiveEnergy(counters, "export"), at);
        }
    }

    /// <summary>A meter read for the first time — at start, or later, since lines are identified in the background and a
    /// meter may answer only after a while — starts its running interval at that sample, not at the next boundary.</summary>
    private void StartNewMeters(DateTimeOffset utc)
    {
        foreach (DeviceSlot slot in directory.Slots)
            if (slot.IsMeter && !_baseline.ContainsKey(slot.Slot) && source.Counters(slot.Slot) is DeviceCounters counters)
                _baseline[slot.Slot] = (ActiveEnergy(counters, "import"), ActiveEnergy(counters, "export"), utc);
    }

    private static LoadProfileEntry Interval(DateTimeOffset end, (double Import, double Export, DateTimeOffset Since) before, DeviceCounters now, TimeSpan watched)
    {
        double imported = Math.Max(0, ActiveEnergy(now, "import") - before.Import);
        double exported = Math.Max(0, ActiveEnergy(now, "export") - before.Export);
        return new LoadProfileEntry(end, imported, exported, (imported - exported) * (TimeSpan.FromHours(1) / watched));
    }

    private static double ActiveEnergy(DeviceCounters counters, string direction)
    {
        foreach (EnergyCounter counter in counters.NonResettable)
            if (counter.Unit == "Wh" && counter.Direction == direction) return counter.Value;
        return 0;
    }
}
