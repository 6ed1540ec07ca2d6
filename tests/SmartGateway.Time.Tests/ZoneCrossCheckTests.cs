using SmartGateway.Compiler.Tariffs;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Time.Tests;

public class ZoneCrossCheckTests
{
    private static readonly long From = LocalTime.ToLocalSeconds(2000, 1, 1, 0, 0, 0);
    private static readonly long To = LocalTime.ToLocalSeconds(2038, 1, 1, 0, 0, 0);

    [Fact]
    public void MatchingRuleHasNoMismatch() =>
        Assert.Null(ZoneCrossCheck.FirstMismatch(TimeZoneDatabaseTests.Parse("EET-2EEST,M3.5.0/3,M10.5.0/4"), TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki"), From, To));

    [Fact]
    public void TodaysUsRuleFailsWhereNewYorkStillUsedTheOldOne()
    {
        // Before 2007 US daylight saving began on the first Sunday of April, not the second of March:
        // the current rule claims EDT from 2000-03-12 02:00 EST (07:00Z).
        long? mismatch = ZoneCrossCheck.FirstMismatch(TimeZoneDatabaseTests.Parse("EST5EDT,M3.2.0,M11.1.0"), TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), From, To);
        Assert.Equal(LocalTime.ToLocalSeconds(2000, 3, 12, 7, 0, 0), mismatch);
    }

    [Fact]
    public void TransitionOneSecondOffIsFound()
    {
        // Europe/London switches at 01:00:00 UTC; a rule switching at 01:00:01 differs at exactly 01:00:00.
        long? mismatch = ZoneCrossCheck.FirstMismatch(TimeZoneDatabaseTests.Parse("GMT0BST,M3.5.0/1:00:01,M10.5.0"), TimeZoneInfo.FindSystemTimeZoneById("Europe/London"), From, To);
        Assert.Equal(LocalTime.ToLocalSeconds(2000, 3, 26, 1, 0, 0), mismatch);
    }
}
