namespace SmartGateway.Runtime.Time;

/// <summary>
/// A POSIX TZ rule (<c>CET-1CEST,M3.5.0,M10.5.0/3</c>) and the conversions UTC → local and local → UTC,
/// in integer seconds since 1970-01-01. nanoFramework has no time-zone database, so the firmware and the
/// host both use this; on the host it is cross-checked against TimeZoneInfo.
/// <para>
/// Local → UTC: a wall-clock time that occurs twice (clocks go back) maps to its FIRST occurrence, in
/// daylight-saving time, unless the caller asks for the later one; a wall-clock time that does not exist
/// (clocks go forward) is read with the offset in force before the gap, which lands as many seconds after
/// the transition as it lies after the gap's start (02:30 on a CET spring-forward day is 03:30 CEST).
/// </para>
/// </summary>
public sealed class PosixTimeZone
{
    internal PosixTimeZone(string text, string standardName, int standardOffset)
    {
        Text = text;
        StandardName = standardName;
        StandardOffset = standardOffset;
        DstName = "";
        DstOffset = standardOffset;
    }

    /// <summary>The rule as written.</summary>
    public string Text { get; }

    public string StandardName { get; }

    /// <summary>Standard offset from UTC in seconds, east positive (note: POSIX writes it west positive).</summary>
    public int StandardOffset { get; }

    public bool HasDst { get; private set; }
    public string DstName { get; private set; }
    public int DstOffset { get; private set; }
    public TransitionRule? DstStart { get; private set; }
    public TransitionRule? DstEnd { get; private set; }

    /// <summary>Parses a POSIX TZ rule; null with a reason and character offset when it is not one.</summary>
    public static PosixTimeZone? Parse(string text, out string error, out int errorOffset) =>
        PosixTimeZoneParser.Parse(text, out error, out errorOffset);

    internal void SetDst(string name, int offset, TransitionRule start, TransitionRule end)
    {
        HasDst = true;
        DstName = name;
        DstOffset = offset;
        DstStart = start;
        DstEnd = end;
    }

    /// <summary>Whether daylight-saving time is in force at a UTC instant.</summary>
    public bool IsDstAt(long utcSeconds)
    {
        if (!HasDst) return false;
        int year = YearOf(utcSeconds + StandardOffset);
        bool dst = false;
        long latest = long.MinValue;
        // Transitions of the neighbouring years matter too: rule times may reach ±167 h, and in the
        // southern hemisphere the DST period spans the new year. The last transition at or before the
        // instant decides; on a tie the one listed later (next year's start) wins, so the
        // all-year-DST idiom "0/0,J365/25" stays in DST.
        for (int y = year - 1; y <= year + 1; y++)
        {
            long start = StartUtc(y);
            if (start <= utcSeconds && start >= latest)
            {
                latest = start;
                dst = true;
            }
            long end = EndUtc(y);
            if (end <= utcSeconds && end >= latest)
            {
                latest = end;
                dst = false;
            }
        }
        return dst;
    }

    /// <summary>Offset from UTC in seconds (east positive) at a UTC instant.</summary>
    public int OffsetAt(long utcSeconds) => IsDstAt(utcSeconds) ? DstOffset : StandardOffset;

    /// <summary>The local wall-clock breakdown of a UTC instant.</summary>
    public LocalTime ToLocal(long utcSeconds)
    {
        bool dst = IsDstAt(utcSeconds);
        int offset = dst ? DstOffset : StandardOffset;
        return LocalTime.FromLocalSeconds(utcSeconds + offset, offset, dst);
    }

    /// <summary>
    /// The UTC instant of a wall-clock time (see the class remarks for repeated and skipped times).
    /// </summary>
    public long ToUtc(long localSeconds, bool preferLater, out LocalTimeKind kind)
    {
        kind = LocalTimeKind.Unique;
        if (!HasDst) return localSeconds - StandardOffset;
        long asStandard = localSeconds - StandardOffset;
        long asDst = localSeconds - DstOffset;
        bool standardValid = !IsDstAt(asStandard);
        bool dstValid = IsDstAt(asDst);
        if (standardValid && dstValid)
        {
            if (asStandard == asDst) return asStandard;
            kind = LocalTimeKind.Ambiguous;
            long earlier = asStandard < asDst ? asStandard : asDst;
            long later = asStandard < asDst ? asDst : asStandard;
            return preferLater ? later : earlier;
        }
        if (standardValid) return asStandard;
        if (dstValid) return asDst;
        // In a gap the smaller offset is the one in force before it.
        kind = LocalTimeKind.Skipped;
        return localSeconds - (StandardOffset < DstOffset ? StandardOffset : DstOffset);
    }

    /// <summary>The first UTC instant after <paramref name="utcSeconds"/> at which the offset rule
    /// switches, or long.MaxValue with no daylight-saving time.</summary>
    public long NextTransition(long utcSeconds)
    {
        if (!HasDst) return long.MaxValue;
        int year = YearOf(utcSeconds + StandardOffset);
        long next = long.MaxValue;
        for (int y = year - 1; y <= year + 2; y++)
        {
            long start = StartUtc(y);
            if (start > utcSeconds && start < next) next = start;
            long end = EndUtc(y);
            if (end > utcSeconds && end < next) next = end;
        }
        return next;
    }

    private long StartUtc(int year) => DstStart!.LocalSecondsIn(year) - StandardOffset;

    private long EndUtc(int year) => DstEnd!.LocalSecondsIn(year) - DstOffset;

    private static int YearOf(long localSeconds)
    {
        CivilCalendar.CivilFromDays(CivilCalendar.FloorDiv(localSeconds, CivilCalendar.SecondsPerDay), out int y, out _, out _);
        return y;
    }
}
