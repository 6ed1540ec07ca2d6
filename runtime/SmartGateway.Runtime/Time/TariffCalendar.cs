namespace SmartGateway.Runtime.Time;

/// <summary>
/// A verified tariff calendar (load one with <see cref="TariffImageReader.Read"/>) and its lookup:
/// the active tariff at a local time, and why. Seasons with the same start form a period; the period
/// in force is the one with the latest start on or before the date (the last one of the year carries
/// over the new year), or, for daylight-saving-bound calendars, the summer or winter period by the
/// local time's DST flag. Within a period a day is matched holiday → named weekday → workday/weekend
/// (see <see cref="DayTypes"/>); the season's schedule gives the tariff for the local hour.
/// Lookup allocates nothing and costs O(log n) in seasons and holidays.
/// </summary>
public sealed class TariffCalendar
{
    internal const int ClassesPerPeriod = 8; // 0 = holiday, 1–7 = ISO weekday

    internal TariffCalendar(PosixTimeZone zone)
    {
        TimeZone = zone;
        TariffNames = new string[TariffImageFormat.MaxTariffs + 1];
        TariffPrices = new long[TariffImageFormat.MaxTariffs + 1];
        TariffDefined = new bool[TariffImageFormat.MaxTariffs + 1];
        SeasonNames = new string[0];
        SeasonKinds = new int[0];
        SeasonMonths = new int[0];
        SeasonDays = new int[0];
        SeasonSelectors = new int[0];
        HourTariff = new byte[0];
        PeriodKeys = new int[0];
        PeriodSeason = new int[0];
        PeriodSelector = new int[0];
        HolidayNames = new string[0];
        HolidayYears = new int[0];
        HolidayMonths = new int[0];
        HolidayDays = new int[0];
        HolidayDurations = new int[0];
        Holidays = new HolidayIndex(new int[0], new int[0], new int[0], new int[0]);
    }

    /// <summary>The calendar's local time: UTC instants become local times through it.</summary>
    public PosixTimeZone TimeZone { get; }

    /// <summary>True when seasons follow daylight-saving time instead of dates.</summary>
    public bool DstBound { get; internal set; }

    public int SeasonCount => SeasonNames.Length;
    public int HolidayCount => HolidayNames.Length;

    internal string[] TariffNames;
    internal long[] TariffPrices;
    internal bool[] TariffDefined;
    internal string[] SeasonNames;
    internal int[] SeasonKinds;
    internal int[] SeasonMonths;
    internal int[] SeasonDays;
    internal int[] SeasonSelectors;
    internal byte[] HourTariff;
    internal int[] PeriodKeys;
    internal int[] PeriodSeason;
    internal int[] PeriodSelector;
    internal string[] HolidayNames;
    internal int[] HolidayYears;
    internal int[] HolidayMonths;
    internal int[] HolidayDays;
    internal int[] HolidayDurations;
    internal HolidayIndex Holidays;

    /// <summary>Whether tariff id (1–5) is defined.</summary>
    public bool HasTariff(int id) => id >= 1 && id <= TariffImageFormat.MaxTariffs && TariffDefined[id];

    public string TariffName(int id) => HasTariff(id) ? TariffNames[id] : "";

    /// <summary>Price in micro-units per kWh (0 if none was given).</summary>
    public long TariffPrice(int id) => HasTariff(id) ? TariffPrices[id] : 0;

    public string SeasonName(int season) => SeasonNames[season];

    /// <summary><see cref="TariffImageFormat.SeasonByDate"/>, SeasonSummerTime or SeasonWinterTime.</summary>
    public int SeasonKind(int season) => SeasonKinds[season];
    public int SeasonStartMonth(int season) => SeasonMonths[season];
    public int SeasonStartDay(int season) => SeasonDays[season];

    public string HolidayName(int holiday) => HolidayNames[holiday];

    /// <summary>Year of a one-time holiday, 0 for an annual one.</summary>
    public int HolidayYear(int holiday) => HolidayYears[holiday];
    public int HolidayMonth(int holiday) => HolidayMonths[holiday];
    public int HolidayDay(int holiday) => HolidayDays[holiday];
    public int HolidayDuration(int holiday) => HolidayDurations[holiday];

    /// <summary>The active tariff id (1–5) at a local time.</summary>
    public int TariffAt(LocalTime t) => Lookup(t).Tariff;

    /// <summary>The active tariff id (1–5) at a UTC instant, through the calendar's time zone.</summary>
    public int TariffAtUtc(long utcSeconds) => Lookup(TimeZone.ToLocal(utcSeconds)).Tariff;

    /// <summary>
    /// The local time a wall-clock reading (seconds since the epoch on the local clock, e.g. a trace's
    /// time column) stands for: a repeated time is its first occurrence, a skipped one is read with the
    /// offset before the gap (see <see cref="PosixTimeZone"/>).
    /// </summary>
    public LocalTime ResolveLocal(long localSeconds, out LocalTimeKind kind) =>
        TimeZone.ToLocal(TimeZone.ToUtc(localSeconds, false, out kind));

    /// <summary>The active tariff id (1–5) at a wall-clock reading; allocates nothing.</summary>
    public int TariffAtLocal(long localSeconds) => Lookup(ResolveLocal(localSeconds, out _)).Tariff;

    /// <summary>The active tariff at a local time and the season, day selector and holiday behind it.</summary>
    public TariffDecision Lookup(LocalTime t)
    {
        var d = new TariffDecision();
        d.Holiday = Holidays.Find(t.Year, t.YearDay, CivilCalendar.DaysFromCivil(t.Year, t.Month, t.Day));
        int period;
        if (DstBound)
        {
            period = t.IsDst ? 1 : 0;
        }
        else
        {
            period = HolidayIndex.LastAtOrBefore(PeriodKeys, t.Month * 32 + t.Day);
            if (period < 0) period = PeriodKeys.Length - 1;
        }
        int at = period * ClassesPerPeriod;
        int cls = d.Holiday >= 0 && PeriodSeason[at] >= 0 ? 0 : t.Weekday;
        int season = PeriodSeason[at + cls];
        d.Season = season;
        d.DayType = PeriodSelector[at + cls];
        d.Tariff = HourTariff[season * 24 + t.Hour];
        return d;
    }
}
