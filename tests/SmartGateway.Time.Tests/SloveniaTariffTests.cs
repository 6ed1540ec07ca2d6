using SmartGateway.Runtime.Time;

namespace SmartGateway.Time.Tests;

/// <summary>
/// The Slovenian network-tariff time blocks in force since 1 October 2024. Official table (Agencija za
/// energijo, Akt o metodologiji za obračunavanje omrežnine, Uradni list RS, št. 146/22 in nasl.,
/// časovni bloki), written down here from the published table:
/// <code>
///   hours   | higher season (Nov–Feb)   | lower season (Mar–Oct)
///           | workday  | work-free day  | workday  | work-free day
///   0–6     |    3     |      4         |    4     |      5
///   6–7     |    2     |      3         |    3     |      4
///   7–14    |    1     |      2         |    2     |      3
///   14–16   |    2     |      3         |    3     |      4
///   16–20   |    1     |      2         |    2     |      3
///   20–22   |    2     |      3         |    3     |      4
///   22–24   |    3     |      4         |    4     |      5
/// </code>
/// Work-free days are Saturdays, Sundays and the work-free public holidays.
/// </summary>
public class SloveniaTariffTests
{
    private static readonly TariffCalendar Calendar = Calendars.Load("slovenia-network-2024.sgt");

    // Representative days: (year, month, day) of each column.
    private static readonly int[][] HigherWorkdays = [[2025, 1, 14], [2025, 11, 4], [2024, 2, 29], [2026, 12, 1]];
    private static readonly int[][] HigherFreeDays = [[2025, 1, 18], [2025, 1, 19], [2025, 1, 1], [2025, 1, 2], [2024, 2, 8], [2025, 12, 25], [2025, 12, 26]];
    private static readonly int[][] LowerWorkdays = [[2025, 6, 10], [2025, 3, 3], [2025, 10, 30], [2024, 10, 1]];
    private static readonly int[][] LowerFreeDays = [[2025, 6, 14], [2025, 4, 21], [2025, 6, 25], [2025, 10, 31], [2025, 5, 2], [2025, 8, 15], [2026, 4, 27], [2024, 4, 1]];

    [Theory]
    [InlineData(0, 6, 3, 4, 4, 5)]
    [InlineData(6, 7, 2, 3, 3, 4)]
    [InlineData(7, 14, 1, 2, 2, 3)]
    [InlineData(14, 16, 2, 3, 3, 4)]
    [InlineData(16, 20, 1, 2, 2, 3)]
    [InlineData(20, 22, 2, 3, 3, 4)]
    [InlineData(22, 24, 3, 4, 4, 5)]
    public void OfficialTableRow(int fromHour, int toHour, int higherWorkday, int higherFree, int lowerWorkday, int lowerFree)
    {
        for (int hour = fromHour; hour < toHour; hour++)
        {
            foreach (int[] d in HigherWorkdays) Expect(higherWorkday, d, hour, workday: true);
            foreach (int[] d in HigherFreeDays) Expect(higherFree, d, hour, workday: false);
            foreach (int[] d in LowerWorkdays) Expect(lowerWorkday, d, hour, workday: true);
            foreach (int[] d in LowerFreeDays) Expect(lowerFree, d, hour, workday: false);
        }
    }

    [Theory]
    [InlineData("2025-02-28T23:00", 3)] // Friday, last hour of the higher season
    [InlineData("2025-03-01T00:00", 5)] // Saturday, first hour of the lower season
    [InlineData("2024-02-29T23:00", 3)] // leap day still belongs to the higher season
    [InlineData("2024-03-01T07:00", 2)] // Friday in the lower season
    [InlineData("2025-10-31T22:59", 5)] // Reformation Day, lower season
    [InlineData("2025-11-01T00:00", 4)] // All Saints' Day (Saturday), higher season
    [InlineData("2025-11-03T07:00", 1)] // first higher-season Monday morning
    [InlineData("2025-12-31T23:59", 3)] // Wednesday before New Year
    [InlineData("2026-01-01T00:00", 4)] // New Year's Day
    [InlineData("2026-01-02T16:00", 2)] // second New Year holiday (Friday)
    [InlineData("2026-01-05T16:00", 1)] // first workday after it
    public void SeasonAndHolidayEdges(string local, int tariff) =>
        Assert.Equal(tariff, Calendars.At(Calendar, local).Tariff);

    [Fact]
    public void MovableFeastsAreEasterSundayAndMondayAndWhitSundayOfTheirYear()
    {
        int checkedYears = 0;
        for (int h = 0; h < Calendar.HolidayCount; h++)
        {
            int year = Calendar.HolidayYear(h);
            if (year == 0) continue;
            DateTime start = new(year, Calendar.HolidayMonth(h), Calendar.HolidayDay(h));
            string name = Calendar.HolidayName(h);
            if (name.StartsWith("Velika noč", StringComparison.Ordinal))
            {
                Assert.Equal(EasterSunday(year), start);
                Assert.Equal(2, Calendar.HolidayDuration(h));
                checkedYears++;
            }
            else
            {
                Assert.StartsWith("Binkošti", name);
                Assert.Equal(EasterSunday(year).AddDays(49), start);
            }
        }
        Assert.Equal(7, checkedYears);
    }

    [Fact]
    public void EasterMondayReportsItsHolidayAndTheWorkFreeSeason()
    {
        TariffDecision d = Calendars.At(Calendar, "2025-04-21T10:00");
        Assert.Equal(3, d.Tariff);
        Assert.Equal("Velika noč 2025", Calendar.HolidayName(d.Holiday));
        Assert.Equal("Nižja sezona, dela prost dan", Calendar.SeasonName(d.Season));
        Assert.Equal(DayTypes.Holiday, d.DayType);
    }

    private static void Expect(int tariff, int[] d, int hour, bool workday)
    {
        var date = new DateTime(d[0], d[1], d[2]);
        if (workday) Assert.InRange((int)date.DayOfWeek, 1, 5);
        TariffDecision decision = Calendars.At(Calendar, Calendars.Local(d[0], d[1], d[2], hour));
        Assert.True(tariff == decision.Tariff, $"{date:yyyy-MM-dd} {hour}:00 expected block {tariff}, got {decision.Tariff} ({Calendar.SeasonName(decision.Season)})");
    }

    /// <summary>Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" algorithm).</summary>
    internal static DateTime EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateTime(year, month, day);
    }
}
