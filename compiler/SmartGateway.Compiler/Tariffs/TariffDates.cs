using SmartGateway.Runtime.Time;

namespace SmartGateway.Compiler.Tariffs;

/// <summary>The date and season-start spellings both front ends share.</summary>
public static class TariffDates
{
    public const string SummerTime = "summer time";
    public const string WinterTime = "winter time";

    /// <summary>"MM-DD" (year 0, every year) or "YYYY-MM-DD"; digits only, ranges checked later.</summary>
    public static bool TryParse(string text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (text.Length == 5 && Digits(text, 0, 2) && text[2] == '-' && Digits(text, 3, 2))
        {
            month = Number(text, 0, 2);
            day = Number(text, 3, 2);
            return true;
        }
        if (text.Length == 10 && Digits(text, 0, 4) && text[4] == '-' && Digits(text, 5, 2) && text[7] == '-' && Digits(text, 8, 2))
        {
            year = Number(text, 0, 4);
            month = Number(text, 5, 2);
            day = Number(text, 8, 2);
            return year != 0;
        }
        return false;
    }

    /// <summary>Season start kind for "summer time", "winter time" or an MM-DD date; -1 if none.</summary>
    public static int SeasonKind(string text, out int month, out int day)
    {
        month = day = 0;
        if (text == SummerTime) return TariffImageFormat.SeasonSummerTime;
        if (text == WinterTime) return TariffImageFormat.SeasonWinterTime;
        return TryParse(text, out int year, out month, out day) && year == 0 ? TariffImageFormat.SeasonByDate : -1;
    }

    public static bool IsValid(int year, int month, int day) =>
        month >= 1 && month <= 12 && day >= 1 && day <= CivilCalendar.DaysInMonth(year == 0 ? 2024 : year, month);

    public static string MonthDay(int month, int day) => $"{month:D2}-{day:D2}";

    private static bool Digits(string s, int at, int n)
    {
        for (int i = at; i < at + n; i++) if (s[i] < '0' || s[i] > '9') return false;
        return true;
    }

    /// <summary>The value of n ASCII digits already checked by <see cref="Digits"/>.</summary>
    private static int Number(string s, int at, int n)
    {
        int value = 0;
        for (int i = at; i < at + n; i++) value = value * 10 + (s[i] - '0');
        return value;
    }
}
