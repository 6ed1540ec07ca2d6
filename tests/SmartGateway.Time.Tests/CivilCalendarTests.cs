using FsCheck;
using FsCheck.Fluent;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Time.Tests;

public class CivilCalendarTests
{
    [Fact]
    public void DayNumbersAgreeWithDateTimeForAnyDay()
    {
        Prop.ForAll(Gen.Choose(-719162, 2932896).ToArbitrary(), days =>
        {
            DateTime expected = DateTime.UnixEpoch.AddDays(days);
            CivilCalendar.CivilFromDays(days, out int y, out int m, out int d);
            Assert.Equal((expected.Year, expected.Month, expected.Day), (y, m, d));
            Assert.Equal(days, CivilCalendar.DaysFromCivil(y, m, d));
            Assert.Equal(expected.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)expected.DayOfWeek, CivilCalendar.IsoWeekday(days));
            var t = LocalTime.FromLocalSeconds(days * 86400L + 3661, 0, false);
            Assert.Equal(expected.DayOfYear, t.YearDay);
            Assert.Equal((1, 1, 1), (t.Hour, t.Minute, t.Second));
        }).QuickCheckThrowOnFailure();
    }
}
