namespace SmartGateway.Runtime.Time;

/// <summary>
/// One POSIX TZ transition date and time: <c>Jn</c> (1–365, 29 February never counted),
/// <c>n</c> (0–365, counting 29 February) or <c>Mm.w.d</c> (day d, 0 = Sunday, of week w, 5 = last,
/// of month m), at a local time that may be negative or exceed 24 h (−167 h … 167 h, RFC 8536).
/// </summary>
public sealed class TransitionRule
{
    public const int JulianNoLeap = 0;
    public const int ZeroBasedDay = 1;
    public const int MonthWeekDay = 2;

    public TransitionRule(int kind, int month, int week, int day, int timeSeconds)
    {
        Kind = kind;
        Month = month;
        Week = week;
        Day = day;
        TimeSeconds = timeSeconds;
    }

    public int Kind { get; }
    public int Month { get; }
    public int Week { get; }

    /// <summary>Day of week (0 = Sunday) for Mm.w.d, the day number for Jn and n.</summary>
    public int Day { get; }

    /// <summary>Local time of day of the transition, seconds, in the time in force before it.</summary>
    public int TimeSeconds { get; }

    /// <summary>The day number (days since 1970-01-01) on which the rule falls in the year.</summary>
    public long DayIn(int year)
    {
        long jan1 = CivilCalendar.DaysFromCivil(year, 1, 1);
        if (Kind == JulianNoLeap)
        {
            // J60 is 1 March in every year: skip 29 February when counting.
            return jan1 + Day - 1 + (CivilCalendar.IsLeap(year) && Day >= 60 ? 1 : 0);
        }
        if (Kind == ZeroBasedDay) return jan1 + Day;

        long first = CivilCalendar.DaysFromCivil(year, Month, 1);
        int firstDow = CivilCalendar.IsoWeekday(first) % 7; // 0 = Sunday, as POSIX counts
        long d = first + (Day - firstDow + 7) % 7 + (Week - 1) * 7L;
        int length = CivilCalendar.DaysInMonth(year, Month);
        while (d >= first + length) d -= 7;
        return d;
    }

    /// <summary>Local seconds since the epoch of the transition in the given year.</summary>
    public long LocalSecondsIn(int year) => DayIn(year) * CivilCalendar.SecondsPerDay + TimeSeconds;
}
