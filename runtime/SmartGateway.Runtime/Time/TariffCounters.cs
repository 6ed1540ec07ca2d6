namespace SmartGateway.Runtime.Time;

/// <summary>
/// One meter's tariff registers (informative only, as the reference manual warns): energy read from
/// the meter's counter is added to the register of the tariff active while it was used.
/// <para>
/// The switch is exactly at the edge: when the interval between two readings spans a tariff change
/// (a local hour edge or a daylight-saving transition), its energy is split pro rata by the seconds
/// spent under each tariff, in integer micro-units; the rounding remainder goes to the last part so
/// the registers always sum to the meter's energy. A reading that goes backwards (meter replaced or
/// reset) only re-bases the counter: its negative delta is dropped, never subtracted.
/// </para>
/// </summary>
public sealed class TariffCounters
{
    private readonly TariffCalendar _calendar;
    private readonly long[] _registers = new long[TariffImageFormat.MaxTariffs + 1];
    private readonly long[] _seconds = new long[TariffImageFormat.MaxTariffs + 1];
    private long _lastUtc;
    private long _lastReading;
    private bool _hasReading;

    public TariffCounters(TariffCalendar calendar)
    {
        _calendar = calendar;
    }

    /// <summary>Energy (micro-units of the meter's counter, e.g. µWh) accumulated under tariff 1–5.</summary>
    public long Register(int tariff) => tariff >= 1 && tariff <= TariffImageFormat.MaxTariffs ? _registers[tariff] : 0;

    /// <summary>Restores a stored register value (after a restart).</summary>
    public void SetRegister(int tariff, long value)
    {
        if (tariff >= 1 && tariff <= TariffImageFormat.MaxTariffs) _registers[tariff] = value;
    }

    /// <summary>
    /// Feeds one reading of the meter's cumulative energy counter taken at a UTC instant. The first
    /// reading only sets the base; later ones add their delta over the interval since the previous.
    /// </summary>
    public void Observe(long utcSeconds, long counterReading)
    {
        if (_hasReading && utcSeconds > _lastUtc && counterReading >= _lastReading)
        {
            Accumulate(_lastUtc, utcSeconds, counterReading - _lastReading);
        }
        if (!_hasReading || utcSeconds > _lastUtc)
        {
            _lastUtc = utcSeconds;
            _lastReading = counterReading;
            _hasReading = true;
        }
    }

    /// <summary>Adds <paramref name="energy"/> used over [fromUtc, toUtc), split at tariff edges.</summary>
    public void Accumulate(long fromUtc, long toUtc, long energy)
    {
        if (energy <= 0 || toUtc <= fromUtc) return;
        for (int i = 0; i < _seconds.Length; i++) _seconds[i] = 0;
        PosixTimeZone zone = _calendar.TimeZone;
        int lastTariff = 0;
        long t = fromUtc;
        while (t < toUtc)
        {
            LocalTime local = zone.ToLocal(t);
            int tariff = _calendar.TariffAt(local);
            // The tariff can change only where a local hour starts or the offset changes.
            long nextHour = t + (3600 - CivilCalendar.FloorMod(local.LocalSeconds, 3600));
            long edge = zone.NextTransition(t);
            if (nextHour < edge) edge = nextHour;
            if (toUtc < edge) edge = toUtc;
            _seconds[tariff] += edge - t;
            lastTariff = tariff;
            t = edge;
        }
        long total = toUtc - fromUtc;
        long quotient = energy / total;
        long remainder = energy % total;
        long given = 0;
        for (int tariff = 1; tariff < _seconds.Length; tariff++)
        {
            if (_seconds[tariff] == 0 || tariff == lastTariff) continue;
            // quotient*s + remainder*s/total: no overflow for any energy and intervals under ~96 years.
            long share = quotient * _seconds[tariff] + remainder * _seconds[tariff] / total;
            _registers[tariff] = Values.Fixed.Add(_registers[tariff], share);
            given += share;
        }
        _registers[lastTariff] = Values.Fixed.Add(_registers[lastTariff], energy - given);
    }
}
