using SmartGateway.Runtime.Time;

namespace SmartGateway.Time.Tests;

/// <summary>
/// Croatia, HEP ODS two-rate tariff model "Bijeli", written down from the published rule: the higher
/// rate (VT) applies 07–21 while winter time (standard time) is in force and 08–22 during summer time;
/// the lower rate (NT) at all other hours, every day of the week. Seasons are bound to DST, not dates.
/// </summary>
public class CroatiaTariffTests
{
    private static readonly TariffCalendar Calendar = Calendars.Load("croatia-hep-bijeli.json");

    [Theory]
    [InlineData("2025-01-15", 7, 21)] // winter time, Wednesday
    [InlineData("2025-01-19", 7, 21)] // winter time, Sunday: no weekend rate in this model
    [InlineData("2025-07-15", 8, 22)] // summer time
    [InlineData("2025-10-27", 7, 21)] // Monday after clocks went back
    [InlineData("2025-03-31", 8, 22)] // Monday after clocks went forward
    public void HigherRateHours(string date, int from, int to)
    {
        for (int hour = 0; hour < 24; hour++)
        {
            int expected = hour >= from && hour < to ? 1 : 2;
            Assert.True(expected == Calendars.At(Calendar, $"{date}T{hour:D2}:00").Tariff, $"{date} {hour}:00");
        }
    }

    [Fact]
    public void SeasonSwitchesAtTheDstTransitionInstant()
    {
        // 2025-03-30: 02:00 CET becomes 03:00 CEST (01:00 UTC).
        long transition = CivilCalendar.DaysFromCivil(2025, 3, 30) * 86400 + 3600;
        TariffDecision before = Calendar.Lookup(Calendar.TimeZone.ToLocal(transition - 1));
        TariffDecision after = Calendar.Lookup(Calendar.TimeZone.ToLocal(transition));
        Assert.Equal("Zimsko računanje vremena", Calendar.SeasonName(before.Season));
        Assert.Equal("Ljetno računanje vremena", Calendar.SeasonName(after.Season));
    }

    [Fact]
    public void RepeatedHourOnFallBackTakesEachOccurrencesSeason()
    {
        // 2025-10-26 02:00–03:00 happens twice: first in CEST (summer), then in CET (winter).
        long local = LocalTime.ToLocalSeconds(2025, 10, 26, 2, 30, 0);
        long first = Calendar.TimeZone.ToUtc(local, false, out LocalTimeKind kind);
        long second = Calendar.TimeZone.ToUtc(local, true, out _);
        Assert.Equal(LocalTimeKind.Ambiguous, kind);
        Assert.Equal(3600, second - first);
        Assert.True(Calendar.TimeZone.ToLocal(first).IsDst);
        Assert.False(Calendar.TimeZone.ToLocal(second).IsDst);
        Assert.Equal("Ljetno računanje vremena", Calendar.SeasonName(Calendar.Lookup(Calendar.TimeZone.ToLocal(first)).Season));
        Assert.Equal("Zimsko računanje vremena", Calendar.SeasonName(Calendar.Lookup(Calendar.TimeZone.ToLocal(second)).Season));
    }
}
