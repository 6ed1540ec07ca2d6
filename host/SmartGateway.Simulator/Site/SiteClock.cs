using SmartGateway.Runtime.Time;

namespace SmartGateway.Simulator.Site;

/// <summary>
/// The demo site's time: the real clock, sped up by <see cref="TimeScale"/> from the moment the site starts (1 = real
/// time), and the local time of the gateway's POSIX time zone, which decides where the sun is.
/// </summary>
public sealed class SiteClock
{
    private readonly TimeProvider _time;
    private readonly DateTimeOffset _start;
    private PosixTimeZone _zone = Utc;

    public SiteClock(TimeProvider time, double timeScale = 1)
    {
        if (!(timeScale > 0)) throw new ArgumentOutOfRangeException(nameof(timeScale), "the time scale must be positive");
        _time = time;
        _start = time.GetUtcNow();
        TimeScale = timeScale;
    }

    public double TimeScale { get; }

    /// <summary>The site's present instant.</summary>
    public DateTimeOffset Now => _start + (_time.GetUtcNow() - _start) * TimeScale;

    /// <summary>The gateway's time zone as a POSIX TZ rule; one that does not parse leaves the zone as it was.</summary>
    public string TimeZone
    {
        set => _zone = PosixTimeZone.Parse(value, out _, out _) ?? _zone;
    }

    /// <summary>Hours since local midnight (fractional) and the day of the year at an instant.</summary>
    public (double Hour, int YearDay) Local(DateTimeOffset instant)
    {
        LocalTime local = _zone.ToLocal(instant.ToUnixTimeSeconds());
        return (local.Hour + local.Minute / 60.0 + local.Second / 3600.0, local.YearDay);
    }

    private static readonly PosixTimeZone Utc = PosixTimeZone.Parse("UTC0", out _, out _)!;
}
