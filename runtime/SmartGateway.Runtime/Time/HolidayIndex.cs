namespace SmartGateway.Runtime.Time;

/// <summary>
/// Finds the holiday covering a date in O(log n): holidays sorted by start, with a running maximum of
/// their end (and which holiday reaches it), so one binary search answers "does any holiday starting
/// on or before this day still last?". Annual holidays are indexed by day of year twice, once for
/// common and once for leap years, because a date after February moves by one in leap years.
/// </summary>
internal sealed class HolidayIndex
{
    private readonly int[] _annualStartCommon;
    private readonly int[] _annualEndCommon;
    private readonly int[] _annualArgCommon;
    private readonly int[] _annualStartLeap;
    private readonly int[] _annualEndLeap;
    private readonly int[] _annualArgLeap;
    // Day numbers since 1970: years in an image are u16, so they fit an int.
    private readonly int[] _onceStart;
    private readonly int[] _onceEnd;
    private readonly int[] _onceArg;

    /// <summary>
    /// Holidays as the image lists them: annual ones (year 0) first by month and day, then one-time
    /// ones by date. Indexes returned by <see cref="Find"/> are positions in these arrays.
    /// </summary>
    public HolidayIndex(int[] year, int[] month, int[] day, int[] duration)
    {
        int annual = 0;
        while (annual < year.Length && year[annual] == 0) annual++;
        _annualStartCommon = new int[annual];
        _annualEndCommon = new int[annual];
        _annualArgCommon = new int[annual];
        _annualStartLeap = new int[annual];
        _annualEndLeap = new int[annual];
        _annualArgLeap = new int[annual];
        Build(month, day, duration, annual, 2025, _annualStartCommon, _annualEndCommon, _annualArgCommon);
        Build(month, day, duration, annual, 2024, _annualStartLeap, _annualEndLeap, _annualArgLeap);

        int once = year.Length - annual;
        _onceStart = new int[once];
        _onceEnd = new int[once];
        _onceArg = new int[once];
        for (int i = 0; i < once; i++)
        {
            int h = annual + i;
            int start = (int)CivilCalendar.DaysFromCivil(year[h], month[h], day[h]);
            int end = start + duration[h];
            _onceStart[i] = start;
            if (i > 0 && _onceEnd[i - 1] >= end)
            {
                _onceEnd[i] = _onceEnd[i - 1];
                _onceArg[i] = _onceArg[i - 1];
            }
            else
            {
                _onceEnd[i] = end;
                _onceArg[i] = h;
            }
        }
    }

    /// <summary>The holiday covering a date (year, 1-based day of year, day number), or −1.</summary>
    public int Find(int year, int yearDay, long dayNumber)
    {
        int dayOf = dayNumber > int.MaxValue ? int.MaxValue : dayNumber < int.MinValue ? int.MinValue : (int)dayNumber;
        int i = LastAtOrBefore(_onceStart, dayOf);
        if (i >= 0 && _onceEnd[i] > dayOf) return _onceArg[i];

        int n = _annualStartCommon.Length;
        if (n == 0) return -1;
        int doy = yearDay - 1;
        bool leap = CivilCalendar.IsLeap(year);
        int[] starts = leap ? _annualStartLeap : _annualStartCommon;
        int[] ends = leap ? _annualEndLeap : _annualEndCommon;
        i = LastAtOrBefore(starts, doy);
        if (i >= 0 && ends[i] > doy) return leap ? _annualArgLeap[i] : _annualArgCommon[i];

        // A holiday of last year may run over the new year (31 December for 2 days).
        bool lastLeap = CivilCalendar.IsLeap(year - 1);
        int[] lastEnds = lastLeap ? _annualEndLeap : _annualEndCommon;
        if (lastEnds[n - 1] > doy + CivilCalendar.DaysInYear(year - 1))
        {
            return lastLeap ? _annualArgLeap[n - 1] : _annualArgCommon[n - 1];
        }
        return -1;
    }

    private static void Build(int[] month, int[] day, int[] duration, int count, int sampleYear, int[] starts, int[] ends, int[] args)
    {
        long jan1 = CivilCalendar.DaysFromCivil(sampleYear, 1, 1);
        for (int i = 0; i < count; i++)
        {
            int start = (int)(CivilCalendar.DaysFromCivil(sampleYear, month[i], day[i]) - jan1);
            int end = start + duration[i];
            starts[i] = start;
            if (i > 0 && ends[i - 1] >= end)
            {
                ends[i] = ends[i - 1];
                args[i] = args[i - 1];
            }
            else
            {
                ends[i] = end;
                args[i] = i;
            }
        }
    }

    /// <summary>Index of the last element ≤ x in an ascending array, or −1: O(log n), no allocation.</summary>
    internal static int LastAtOrBefore(int[] sorted, int x)
    {
        int lo = 0;
        int hi = sorted.Length - 1;
        int found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (sorted[mid] <= x) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
