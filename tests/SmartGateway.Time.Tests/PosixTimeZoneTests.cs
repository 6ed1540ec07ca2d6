using SmartGateway.Runtime.Time;

namespace SmartGateway.Time.Tests;

/// <summary>Parsing POSIX TZ rules and the defined behaviour at skipped and repeated local times.</summary>
public class PosixTimeZoneTests
{
    private static long Utc(int y, int mo, int d, int h, int mi = 0) => LocalTime.ToLocalSeconds(y, mo, d, h, mi, 0);

    [Fact]
    public void CentralEuropeanRuleParsesToOffsetsAndLastSundayRules()
    {
        PosixTimeZone z = TimeZoneDatabaseTests.Parse("CET-1CEST,M3.5.0,M10.5.0/3");
        Assert.Equal(("CET", 3600, "CEST", 7200), (z.StandardName, z.StandardOffset, z.DstName, z.DstOffset));
        Assert.Equal((3, 5, 0, 7200), (z.DstStart!.Month, z.DstStart.Week, z.DstStart.Day, z.DstStart.TimeSeconds));
        Assert.Equal(10800, z.DstEnd!.TimeSeconds);
    }

    [Theory]
    [InlineData("<+03>-3", "+03", 10800)]
    [InlineData("UTC0", "UTC", 0)]
    [InlineData("IST-5:30", "IST", 19800)]
    [InlineData("<-0330>3:30", "-0330", -12600)]
    [InlineData("XXX-0:00:30", "XXX", 30)]
    public void FixedOffsetZonesHaveNoDst(string rule, string name, int offset)
    {
        PosixTimeZone z = TimeZoneDatabaseTests.Parse(rule);
        Assert.False(z.HasDst);
        Assert.Equal(name, z.StandardName);
        Assert.Equal(offset, z.OffsetAt(Utc(2025, 7, 1, 12)));
        Assert.Equal(long.MaxValue, z.NextTransition(0));
    }

    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData(":Europe/Ljubljana", 0, "database")]
    [InlineData("CE-1", 0, "three letters")]
    [InlineData("CET", 3, "offset")]
    [InlineData("CET-25", 3, "at most 24")]
    [InlineData("CET-1CEST", 9, "start and end")]
    [InlineData("CET-1CEST,M13.5.0,M10.5.0", 10, "month")]
    [InlineData("CET-1CEST,M3.6.0,M10.5.0", 10, "week")]
    [InlineData("CET-1CEST,M3.5.7,M10.5.0", 10, "weekday")]
    [InlineData("CET-1CEST,J0,J365", 10, "1 to 365")]
    [InlineData("CET-1CEST,M3.5.0/168,M10.5.0", 17, "167")]
    [InlineData("CET-1CEST,M3.5.0,M10.5.0x", 24, "after the end")]
    [InlineData("<+03-3", 0, "not closed")]
    [InlineData("CET-1:60", 6, "minutes")]
    public void MalformedRulesAreRefusedWithReasonAndPosition(string rule, int at, string reason)
    {
        Assert.Null(PosixTimeZone.Parse(rule, out string error, out int errorAt));
        Assert.Contains(reason, error);
        Assert.Equal(at, errorAt);
    }

    [Fact]
    public void SpringForwardHourIsSkippedAndReadWithTheOffsetBeforeTheGap()
    {
        PosixTimeZone z = TimeZoneDatabaseTests.Parse("CET-1CEST,M3.5.0,M10.5.0/3");
        long utc = z.ToUtc(Utc(2025, 3, 30, 2, 30), false, out LocalTimeKind kind);
        Assert.Equal(LocalTimeKind.Skipped, kind);
        Assert.Equal(Utc(2025, 3, 30, 1, 30), utc); // 02:30 CET = 03:30 CEST
        LocalTime shown = z.ToLocal(utc);
        Assert.Equal((3, 30, true), (shown.Hour, shown.Minute, shown.IsDst));
    }

    [Fact]
    public void FallBackHourIsRepeatedAndTheFirstOccurrenceIsTheDefault()
    {
        PosixTimeZone z = TimeZoneDatabaseTests.Parse("CET-1CEST,M3.5.0,M10.5.0/3");
        long first = z.ToUtc(Utc(2025, 10, 26, 2, 30), false, out LocalTimeKind kind);
        long second = z.ToUtc(Utc(2025, 10, 26, 2, 30), true, out _);
        Assert.Equal(LocalTimeKind.Ambiguous, kind);
        Assert.Equal(Utc(2025, 10, 26, 0, 30), first);
        Assert.Equal(Utc(2025, 10, 26, 1, 30), second);
    }

    [Fact]
    public void SouthernHemisphereDstSpansTheNewYear()
    {
        PosixTimeZone z = TimeZoneDatabaseTests.Parse("AEST-10AEDT,M10.1.0,M4.1.0/3");
        Assert.True(z.ToLocal(Utc(2025, 1, 1, 0)).IsDst);
        Assert.False(z.ToLocal(Utc(2025, 7, 1, 0)).IsDst);
        Assert.True(z.ToLocal(Utc(2025, 12, 31, 13)).IsDst);
        // 2025-10-05 02:00 AEST = 2025-10-04T16:00Z
        Assert.Equal(Utc(2025, 10, 4, 16), z.NextTransition(Utc(2025, 7, 1, 0)));
    }

    [Fact]
    public void JulianDayFormsCountOrSkipLeapDay()
    {
        // J60 is 1 March every year; 59 (zero-based) is 1 March in common years and 29 February in leap years.
        PosixTimeZone julian = TimeZoneDatabaseTests.Parse("AAA0BBB,J60/0,J300/0");
        PosixTimeZone zeroBased = TimeZoneDatabaseTests.Parse("AAA0BBB,59/0,300/0");
        Assert.Equal(Utc(2024, 3, 1, 0), julian.NextTransition(Utc(2024, 1, 1, 0)));
        Assert.Equal(Utc(2024, 2, 29, 0), zeroBased.NextTransition(Utc(2024, 1, 1, 0)));
        Assert.Equal(Utc(2025, 3, 1, 0), zeroBased.NextTransition(Utc(2025, 1, 1, 0)));
    }

    [Fact]
    public void AllYearDstIdiomNeverLeavesDst()
    {
        // tzcode writes permanent DST as DST from 1 January 00:00 to 31 December 25:00.
        PosixTimeZone z = TimeZoneDatabaseTests.Parse("EST5EDT,0/0,J365/25");
        for (long t = Utc(2024, 12, 31, 0); t < Utc(2025, 1, 2, 0); t += 600) Assert.True(z.IsDstAt(t));
    }

    [Fact]
    public void NegativeAndLargeTransitionTimesFallOnNeighbouringDays()
    {
        // Nuuk: 23:00 (−1 h) on the Saturday before the last Sunday of March, local -02.
        PosixTimeZone nuuk = TimeZoneDatabaseTests.Parse("<-02>2<-01>,M3.5.0/-1,M10.5.0/0");
        Assert.Equal(Utc(2025, 3, 30, 1), nuuk.NextTransition(Utc(2025, 3, 1, 0)));
        // Jerusalem: 26:00 on the fourth Thursday of March is Friday 02:00.
        PosixTimeZone jerusalem = TimeZoneDatabaseTests.Parse("IST-2IDT,M3.4.4/26,M10.5.0");
        Assert.Equal(Utc(2025, 3, 28, 0), jerusalem.NextTransition(Utc(2025, 3, 1, 0)));
    }

    [Fact]
    public void LocalTimeBreakdownGivesIsoWeekdayAndYearDay()
    {
        LocalTime t = TimeZoneDatabaseTests.Parse("CET-1CEST,M3.5.0,M10.5.0/3").ToLocal(Utc(2024, 12, 31, 22, 59));
        Assert.Equal((2024, 12, 31, 23, 59, 0), (t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second));
        Assert.Equal(2, t.Weekday); // Tuesday
        Assert.Equal(366, t.YearDay);
        Assert.Equal("2024-12-31T23:59:00", t.ToIsoText());
    }
}
