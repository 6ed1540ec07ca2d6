using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SmartGateway.Compiler.Tariffs;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Time.Tests;

/// <summary>
/// The O(log n) lookup (binary search over periods, running-maximum holiday index) agrees with a plain
/// linear reference on random calendars: which period is in force, and whether a holiday covers the day.
/// </summary>
public class TariffLookupPropertyTests
{
    private record Holiday(int Year, int Month, int Day, int Duration);

    private static readonly Gen<(int Month, int Day)> MonthDay =
        Gen.Choose(1, 12).SelectMany(m => Gen.Choose(1, m == 2 ? 28 : DateTime.DaysInMonth(2025, m)).Select(d => (m, d)));

    private static readonly Gen<Holiday> Holidays =
        from annual in Gen.Elements(true, false)
        from year in Gen.Choose(2018, 2032)
        from md in MonthDay
        from duration in Gen.Frequency((3, Gen.Constant(1)), (2, Gen.Choose(2, 5)), (1, Gen.Choose(6, 400)))
        select new Holiday(annual ? 0 : year, md.Month, md.Day, Math.Min(duration, 366));

    [Fact]
    public void LookupAgreesWithLinearReference()
    {
        Gen<(List<(int Month, int Day)> starts, List<Holiday>, List<int>)> gen =
            from starts in MonthDay.ListOf().Select(l => l.Distinct().OrderBy(x => x).ToList()).Where(l => l.Count > 0)
            from holidays in Holidays.ListOf()
            from days in Gen.Choose(0, 20 * 365).ListOf()
            select (starts, holidays.ToList(), days.ToList());
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            (List<(int Month, int Day)>? starts, List<Holiday>? holidays, List<int>? days) = t;
            TariffCalendar cal = Build(starts, holidays);
            foreach (int offset in days)
            {
                long day = CivilCalendar.DaysFromCivil(2020, 1, 1) + offset;
                var local = LocalTime.FromLocalSeconds(day * 86400 + 12 * 3600, 0, false);
                TariffDecision d = cal.Lookup(local);
                Assert.Equal(ExpectedPeriod(starts, local.Month, local.Day), d.Season);
                bool expectedHoliday = holidays.Any(h => Covers(h, day, local.Year));
                Assert.True(expectedHoliday == d.Holiday >= 0, $"{local.ToIsoText()}: holiday expected {expectedHoliday}");
                if (d.Holiday >= 0)
                {
                    var found = new Holiday(cal.HolidayYear(d.Holiday), cal.HolidayMonth(d.Holiday), cal.HolidayDay(d.Holiday), cal.HolidayDuration(d.Holiday));
                    Assert.True(Covers(found, day, local.Year), "the reported holiday covers the day");
                }
            }
        }).QuickCheckThrowOnFailure();
    }

    private static int ExpectedPeriod(List<(int Month, int Day)> starts, int month, int day)
    {
        int found = starts.Count - 1;
        for (int i = 0; i < starts.Count; i++) if (starts[i].CompareTo((month, day)) <= 0) found = i;
        return found;
    }

    private static bool Covers(Holiday h, long day, int year)
    {
        if (h.Year != 0)
        {
            long start = CivilCalendar.DaysFromCivil(h.Year, h.Month, h.Day);
            return day >= start && day < start + h.Duration;
        }
        for (int y = year - 1; y <= year; y++)
        {
            long start = CivilCalendar.DaysFromCivil(y, h.Month, h.Day);
            if (day >= start && day < start + h.Duration) return true;
        }
        return false;
    }

    private static TariffCalendar Build(List<(int Month, int Day)> starts, List<Holiday> holidays)
    {
        var sb = new StringBuilder("timezone \"UTC0\"\ntariff 1 \"A\"\n");
        foreach ((int m, int d) in starts) sb.Append($"season \"{m}-{d}\" starts {m:D2}-{d:D2} on workday, weekend {{ 0 => 1 }}\n");
        foreach (Holiday h in holidays)
        {
            string date = h.Year == 0 ? $"{h.Month:D2}-{h.Day:D2}" : $"{h.Year:D4}-{h.Month:D2}-{h.Day:D2}";
            sb.Append($"holiday \"h\" {date} for {h.Duration} days\n");
        }
        TariffCompilation c = TariffCompiler.Compile("random.sgt", sb.ToString());
        Assert.True(c.Success, string.Join("\n", c.Diagnostics.Items));
        return c.Load()!;
    }
}
