namespace SmartGateway.Runtime.Time;

/// <summary>
/// A local wall-clock time broken down into the fields the rule inputs read (time.hour, time.minute,
/// time.day, time.month, time.yday, time.weekday), plus the UTC offset and daylight-saving flag that
/// produced it. A value type so a tick can fill one without allocating.
/// </summary>
public struct LocalTime
{
    /// <summary>Seconds since 1970-01-01T00:00:00 on the local wall clock (UTC seconds + offset).</summary>
    public long LocalSeconds;
    public int Year;
    public int Month;
    public int Day;
    public int Hour;
    public int Minute;
    public int Second;

    /// <summary>ISO day of week: 1 = Monday … 7 = Sunday.</summary>
    public int Weekday;

    /// <summary>Day of the year, 1 … 366.</summary>
    public int YearDay;

    /// <summary>Offset from UTC in seconds, east positive (CET is +3600).</summary>
    public int UtcOffset;

    public bool IsDst;

    /// <summary>Breaks down a wall-clock instant; offset and DST flag are recorded as given.</summary>
    public static LocalTime FromLocalSeconds(long localSeconds, int utcOffset, bool isDst)
    {
        var t = new LocalTime();
        long days = CivilCalendar.FloorDiv(localSeconds, CivilCalendar.SecondsPerDay);
        long secOfDay = localSeconds - days * CivilCalendar.SecondsPerDay;
        CivilCalendar.CivilFromDays(days, out t.Year, out t.Month, out t.Day);
        t.LocalSeconds = localSeconds;
        t.Hour = (int)(secOfDay / 3600);
        t.Minute = (int)(secOfDay % 3600 / 60);
        t.Second = (int)(secOfDay % 60);
        t.Weekday = CivilCalendar.IsoWeekday(days);
        t.YearDay = (int)(days - CivilCalendar.DaysFromCivil(t.Year, 1, 1)) + 1;
        t.UtcOffset = utcOffset;
        t.IsDst = isDst;
        return t;
    }

    /// <summary>Seconds since the epoch of the wall-clock fields, e.g. for a trace's time column.</summary>
    public static long ToLocalSeconds(int year, int month, int day, int hour, int minute, int second) =>
        CivilCalendar.DaysFromCivil(year, month, day) * CivilCalendar.SecondsPerDay + hour * 3600L + minute * 60L + second;

    /// <summary>ISO text without offset, 2025-01-01T00:00:00, as traces and reports print it.</summary>
    public string ToIsoText() =>
        Pad(Year, 4) + "-" + Pad(Month, 2) + "-" + Pad(Day, 2) + "T" + Pad(Hour, 2) + ":" + Pad(Minute, 2) + ":" + Pad(Second, 2);

    private static string Pad(int v, int width)
    {
        string s = v.ToString();
        while (s.Length < width) s = "0" + s;
        return s;
    }
}
