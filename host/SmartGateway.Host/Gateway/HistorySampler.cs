using System.Globalization;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Gateway;

/// <summary>Takes recorder readings at local midnight and 15-minute load-profile intervals.</summary>
/// <remarks>Driven by <see cref="Sample"/> with the current UTC time, so tests step the clock themselves.</remarks>
public sealed class HistorySampler(
    SettingsStore settings, IDeviceDirectory directory, IMeasurementSource source, ITariffClock clock,
    RecorderStore recorders, LoadProfileStore loadProfile)
{
    private static readonly TimeSpan Quarter = TimeSpan.FromMinutes(15);
    private readonly Dictionary<int, (double Import, double Export)> _baseline = [];
    private DateOnly? _lastLocalDate;
    private long? _lastQuarter;

    public void Sample(DateTimeOffset utc)
    {
        var localDate = DateOnly.FromDateTime(clock.Now(utc).LocalTime);
        if (_lastLocalDate is DateOnly previous && localDate > previous) TakeRecorderReadings(previous, localDate);
        _lastLocalDate = localDate;

        var quarter = utc.ToUnixTimeSeconds() / (long)Quarter.TotalSeconds;
        if (_lastQuarter is long last && last != quarter)
        {
            var intervalEnd = DateTimeOffset.FromUnixTimeSeconds(quarter * (long)Quarter.TotalSeconds);
            // Only an interval watched from boundary to boundary is written: the first boundary after start
            // (or after a pause longer than an interval) just sets the baseline.
            TakeLoadProfile(intervalEnd, write: last == quarter - 1);
        }
        _lastQuarter = quarter;
    }

    /// <summary>The day <paramref name="ended"/> is over: a daily reading, and monthly/yearly when those ended too.</summary>
    private void TakeRecorderReadings(DateOnly ended, DateOnly today)
    {
        var list = settings.Current.Recorders;
        for (var id = 0; id < list.Count; id++)
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
        var counters = source.Counters(recorder.Slot);
        if (counters is null) return null;
        var list = recorder.CounterKind == "resettable" ? counters.Resettable : counters.NonResettable;
        var index = recorder.Counter - 1;
        return index >= 0 && index < list.Count ? (list[index].Value, list[index].Unit) : null;
    }

    private void TakeLoadProfile(DateTimeOffset intervalEnd, bool write)
    {
        foreach (var slot in directory.Slots)
        {
            if (!slot.IsMeter || source.Counters(slot.Slot) is not DeviceCounters counters) continue;
            var now = (Import: ActiveEnergy(counters, "import"), Export: ActiveEnergy(counters, "export"));
            if (write && _baseline.TryGetValue(slot.Slot, out var before))
            {
                var imported = Math.Max(0, now.Import - before.Import);
                var exported = Math.Max(0, now.Export - before.Export);
                loadProfile.Add(slot.Slot, new LoadProfileEntry(intervalEnd, imported, exported,
                    (imported - exported) * (TimeSpan.FromHours(1) / Quarter)));
            }
            _baseline[slot.Slot] = now;
        }
    }

    private static double ActiveEnergy(DeviceCounters counters, string direction)
    {
        foreach (var counter in counters.NonResettable)
            if (counter.Unit == "Wh" && counter.Direction == direction) return counter.Value;
        return 0;
    }
}
