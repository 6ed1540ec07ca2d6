namespace SmartGateway.Runtime.Time;

/// <summary>
/// Proleptic Gregorian calendar arithmetic on whole days since 1970-01-01, in integers only, because
/// nanoFramework's DateTime is UTC-only and the firmware needs the same dates as the host.
/// (Day-number algorithms after H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".)
/// </summary>
public static class CivilCalendar
{
    public const long SecondsPerDay = 86400;

    public static bool IsLeap(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    public static int DaysInYear(int year) => IsLeap(year) ? 366 : 365;

    public static int DaysInMonth(int year, int month)
    {
        if (month == 2) return IsLeap(year) ? 29 : 28;
        if (month == 4 || month == 6 || month == 9 || month == 11) return 30;
        return 31;
    }

    /// <summary>Days from 1970-01-01 to year-month-day (negative before 1970).</summary>
    public static long DaysFromCivil(int year, int month, int day)
    {
        long y = month <= 2 ? year - 1 : year;
        long era = FloorDiv(y, 400);
        long yoe = y - era * 400;
        long mp = month > 2 ? month - 3 : month + 9;
        long doy = (153 * mp + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /// <summary>The date of a day number (inverse of <see cref="DaysFromCivil"/>).</summary>
    public static void CivilFromDays(long days, out int year, out int month, out int day)
    {
        long z = days + 719468;
        long era = FloorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        day = (int)(doy - (153 * mp + 2) / 5 + 1);
        month = (int)(mp < 10 ? mp + 3 : mp - 9);
        year = (int)(yoe + era * 400 + (month <= 2 ? 1 : 0));
    }

    /// <summary>ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).</summary>
    public static int IsoWeekday(long days)
    {
        long w = FloorMod(days + 3, 7);
        return (int)w + 1;
    }

    public static long FloorDiv(long a, long b)
    {
        long q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
        return q;
    }

    public static long FloorMod(long a, long b) => a - FloorDiv(a, b) * b;
}
