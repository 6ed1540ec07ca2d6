using SmartGateway.Runtime.Time;

namespace SmartGateway.Compiler.Tariffs;

/// <summary>
/// Compares a POSIX TZ rule with a zone of the host's time-zone database (TimeZoneInfo), so a calendar's
/// rule can be checked against the IANA zone it stands for before it goes to a gateway that has no
/// database. Samples every UTC hour and pins each database transition to the second.
/// </summary>
public static class ZoneCrossCheck
{
    /// <summary>The first UTC instant in [fromUtc, toUtc) where the offsets differ, or null if none.</summary>
    public static long? FirstMismatch(PosixTimeZone zone, TimeZoneInfo database, long fromUtc, long toUtc)
    {
        int previous = Offset(database, fromUtc);
        if (previous != zone.OffsetAt(fromUtc)) return fromUtc;
        for (long t = fromUtc + 3600; t < toUtc; t += 3600)
        {
            int expected = Offset(database, t);
            if (expected != previous)
            {
                long lo = t - 3600, hi = t;
                while (hi - lo > 1)
                {
                    long mid = lo + (hi - lo) / 2;
                    if (Offset(database, mid) == expected) hi = mid; else lo = mid;
                }
                if (zone.OffsetAt(hi - 1) != previous) return hi - 1;
                if (zone.OffsetAt(hi) != expected) return hi;
            }
            else if (zone.OffsetAt(t) != expected)
            {
                return t;
            }
            previous = expected;
        }
        return null;
    }

    /// <summary>The database's offset from UTC in seconds (east positive) at a UTC instant.</summary>
    public static int Offset(TimeZoneInfo database, long utcSeconds) =>
        (int)database.GetUtcOffset(DateTime.UnixEpoch.AddSeconds(utcSeconds)).TotalSeconds;
}
