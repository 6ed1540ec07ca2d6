using SmartGateway.Runtime.Time;

namespace SmartGateway.Time.Tests;

/// <summary>
/// Italy's ARERA time bands (AEEG delibera 181/06, fasce orarie), written down from the official table:
/// F1 Monday–Friday 08–19; F2 Monday–Friday 07–08 and 19–23, Saturday 07–23; F3 Monday–Saturday
/// 00–07 and 23–24, all hours of Sundays and national holidays.
/// </summary>
public class ItalyTariffTests
{
    private static readonly TariffCalendar Calendar = Calendars.Load("italy-arera-f1f2f3.sgt");

    [Theory]
    // weekday rows: Tuesday 2025-06-10
    [InlineData("2025-06-10", 0, 7, 3)]
    [InlineData("2025-06-10", 7, 8, 2)]
    [InlineData("2025-06-10", 8, 19, 1)]
    [InlineData("2025-06-10", 19, 23, 2)]
    [InlineData("2025-06-10", 23, 24, 3)]
    // Saturday 2025-06-14
    [InlineData("2025-06-14", 0, 7, 3)]
    [InlineData("2025-06-14", 7, 23, 2)]
    [InlineData("2025-06-14", 23, 24, 3)]
    // Sunday 2025-06-15
    [InlineData("2025-06-15", 0, 24, 3)]
    // national holidays on a weekday and on a Saturday: F3 all day
    [InlineData("2025-04-21", 0, 24, 3)] // Lunedì dell'Angelo
    [InlineData("2025-12-08", 0, 24, 3)] // Immacolata (Monday)
    [InlineData("2025-11-01", 0, 24, 3)] // Ognissanti (Saturday)
    [InlineData("2026-01-06", 0, 24, 3)] // Epifania (Tuesday)
    public void OfficialBands(string date, int fromHour, int toHour, int band)
    {
        for (int hour = fromHour; hour < toHour; hour++)
        {
            Assert.True(band == Calendars.At(Calendar, $"{date}T{hour:D2}:00").Tariff, $"{date} {hour}:00 should be F{band}");
        }
    }

    [Fact]
    public void SaturdayIsMatchedByItsOwnSeasonNotAsWeekend()
    {
        TariffDecision d = Calendars.At(Calendar, "2025-06-14T10:00");
        Assert.Equal(DayTypes.OfWeekday(6), d.DayType);
        Assert.Equal("Sabato", Calendar.SeasonName(d.Season));
    }

    [Fact]
    public void EasterMondayEntriesFollowEaster()
    {
        for (int h = 0; h < Calendar.HolidayCount; h++)
        {
            int year = Calendar.HolidayYear(h);
            if (year == 0) continue;
            Assert.Equal(SloveniaTariffTests.EasterSunday(year).AddDays(1), new DateTime(year, Calendar.HolidayMonth(h), Calendar.HolidayDay(h)));
        }
    }
}
