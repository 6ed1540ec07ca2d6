using System.Text;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Compiler.Tariffs;

/// <summary>
/// Semantic checks of a calendar, each error at its location. Mirrors what the runtime's
/// TariffImageReader refuses, so a calendar that passes here always loads on the gateway.
/// </summary>
public static class TariffChecker
{
    public static void Check(TariffCalendarModel m, DiagnosticBag bag)
    {
        CheckTimeZone(m, bag);
        CheckTariffs(m, bag);
        CheckSeasons(m, bag);
        CheckHolidays(m, bag);
    }

    private static void CheckTimeZone(TariffCalendarModel m, DiagnosticBag bag)
    {
        if (m.TimeZone == null)
        {
            bag.Add(DiagnosticCodes.TariffMissingTimeZone, m.TimeZoneSpan);
            return;
        }
        if (PosixTimeZone.Parse(m.TimeZone, out string error, out int at) == null)
        {
            bag.Add(DiagnosticCodes.TariffBadTimeZone, m.TimeZoneSpan, m.TimeZone, error, at + 1);
        }
        CheckName(m.TimeZone, m.TimeZoneSpan, bag);
    }

    private static void CheckTariffs(TariffCalendarModel m, DiagnosticBag bag)
    {
        if (m.Tariffs.Count == 0) bag.Add(DiagnosticCodes.TariffNone, m.TimeZoneSpan);
        var seen = new Dictionary<long, TariffDef>();
        foreach (TariffDef t in m.Tariffs)
        {
            if (t.Id < 1 || t.Id > TariffImageFormat.MaxTariffs) bag.Add(DiagnosticCodes.TariffIdOutOfRange, t.Span, t.Id);
            else if (seen.TryGetValue(t.Id, out TariffDef? first)) bag.Add(DiagnosticCodes.TariffDuplicate, t.Span, t.Id, first.Span);
            else seen.Add(t.Id, t);
            CheckName(t.Name, t.Span, bag);
        }
    }

    private static void CheckSeasons(TariffCalendarModel m, DiagnosticBag bag)
    {
        if (m.Seasons.Count == 0)
        {
            bag.Add(DiagnosticCodes.TariffNoSeasons, m.TimeZoneSpan);
            return;
        }
        if (m.Seasons.Count > TariffImageFormat.MaxSeasons) bag.Add(DiagnosticCodes.TariffTooMany, m.Seasons[^1].Span, "seasons", TariffImageFormat.MaxSeasons);
        var tariffIds = new HashSet<long>(m.Tariffs.Select(t => t.Id));
        bool byDate = m.Seasons[0].Start.Kind == TariffImageFormat.SeasonByDate;
        SeasonDef? previous = null;
        foreach (SeasonDef s in m.Seasons)
        {
            CheckName(s.Name, s.Span, bag);
            if ((s.Start.Kind == TariffImageFormat.SeasonByDate) != byDate)
            {
                bag.Add(DiagnosticCodes.TariffMixedSeasonKinds, s.Start.Span, (byDate ? s : m.Seasons[0]).Name);
            }
            else if (s.Start.Kind == TariffImageFormat.SeasonByDate)
            {
                if (s.Start.Month == 2 && s.Start.Day == 29) bag.Add(DiagnosticCodes.TariffLeapDay, s.Start.Span, $"season \"{s.Name}\"");
                else if (!TariffDates.IsValid(0, s.Start.Month, s.Start.Day)) bag.Add(DiagnosticCodes.TariffBadDate, s.Start.Span, s.Start.Text);
                else if (previous != null && s.Start.Key < previous.Start.Key)
                {
                    bag.Add(DiagnosticCodes.TariffSeasonsUnordered, s.Start.Span, s.Name, s.Start.Text, previous.Name, previous.Start.Text);
                }
                previous = s;
            }
            if (s.Days.Count == 0) bag.Add(DiagnosticCodes.TariffNoDays, s.Span, s.Name);
            foreach (DaySelector d in s.Days)
            {
                if (DayTypes.Parse(d.Name) == 0) bag.Add(DiagnosticCodes.TariffUnknownDayType, d.Span, d.Name);
            }
            CheckSchedule(s, tariffIds, bag);
        }
        CheckPeriods(m, bag);
    }

    private static void CheckSchedule(SeasonDef s, HashSet<long> tariffIds, DiagnosticBag bag)
    {
        if (s.Schedule.Count == 0)
        {
            bag.Add(DiagnosticCodes.TariffScheduleEmpty, s.Span, s.Name);
            return;
        }
        if (s.Schedule[0].Hour != 0) bag.Add(DiagnosticCodes.TariffScheduleNotFromZero, s.Schedule[0].HourSpan, s.Name, s.Schedule[0].Hour);
        long last = -1;
        foreach (ScheduleEntry e in s.Schedule)
        {
            if (e.Hour < 0 || e.Hour > 23) bag.Add(DiagnosticCodes.TariffHourOutOfRange, e.HourSpan, e.Hour);
            else if (e.Hour <= last) bag.Add(DiagnosticCodes.TariffScheduleUnordered, e.HourSpan, e.Hour, last);
            if (e.Hour >= 0 && e.Hour <= 23) last = Math.Max(last, e.Hour);
            if (e.Tariff < 1 || e.Tariff > TariffImageFormat.MaxTariffs) bag.Add(DiagnosticCodes.TariffIdOutOfRange, e.TariffSpan, e.Tariff);
            else if (!tariffIds.Contains(e.Tariff)) bag.Add(DiagnosticCodes.TariffUnknown, e.TariffSpan, e.Tariff);
        }
    }

    /// <summary>Overlap and coverage per period, with the runtime's precedence (see DayTypes).</summary>
    private static void CheckPeriods(TariffCalendarModel m, DiagnosticBag bag)
    {
        var periods = m.Seasons.GroupBy(s => (s.Start.Kind, s.Start.Key)).ToList();
        if (m.Seasons[0].Start.Kind != TariffImageFormat.SeasonByDate)
        {
            foreach (int kind in new[] { TariffImageFormat.SeasonWinterTime, TariffImageFormat.SeasonSummerTime })
            {
                if (!periods.Any(p => p.Key.Kind == kind))
                {
                    bag.Add(DiagnosticCodes.TariffDaysNotCovered, m.Seasons[0].Start.Span, kind == TariffImageFormat.SeasonSummerTime ? TariffDates.SummerTime : TariffDates.WinterTime, "any day");
                }
            }
        }
        foreach (IGrouping<(int Kind, int Key), SeasonDef>? period in periods)
        {
            var bySelector = new Dictionary<int, SeasonDef>();
            foreach (SeasonDef s in period)
            {
                foreach (DaySelector d in s.Days)
                {
                    int bit = DayTypes.Parse(d.Name);
                    if (bit == 0) continue;
                    if (bySelector.TryGetValue(bit, out SeasonDef? other) && other != s)
                    {
                        bag.Add(DiagnosticCodes.TariffSeasonsOverlap, d.Span, other.Name, s.Name, d.Name, period.First().Start.Text);
                    }
                    else bySelector[bit] = s;
                }
            }
            var missing = new StringBuilder();
            for (int weekday = 1; weekday <= 7; weekday++)
            {
                int general = weekday <= 5 ? DayTypes.Workday : DayTypes.Weekend;
                if (!bySelector.ContainsKey(general) && !bySelector.ContainsKey(DayTypes.OfWeekday(weekday)))
                {
                    if (missing.Length > 0) missing.Append(", ");
                    missing.Append(DayTypes.Name(DayTypes.OfWeekday(weekday)));
                }
            }
            if (missing.Length > 0)
            {
                SeasonDef first = period.First();
                bag.Add(DiagnosticCodes.TariffDaysNotCovered, first.Start.Span, first.Start.Text, missing.ToString());
            }
        }
    }

    private static void CheckHolidays(TariffCalendarModel m, DiagnosticBag bag)
    {
        if (m.Holidays.Count > TariffImageFormat.MaxHolidays) bag.Add(DiagnosticCodes.TariffTooMany, m.Holidays[^1].Span, "holidays", TariffImageFormat.MaxHolidays);
        foreach (HolidayDef h in m.Holidays)
        {
            CheckName(h.Name, h.Span, bag);
            if (h.Year == 0 && h.Month == 2 && h.Day == 29) bag.Add(DiagnosticCodes.TariffLeapDay, h.DateSpan, $"annual holiday \"{h.Name}\"");
            else if (!TariffDates.IsValid(h.Year, h.Month, h.Day) || h.Year > 9999) bag.Add(DiagnosticCodes.TariffBadDate, h.DateSpan, h.DateText);
            if (h.Duration < 1 || h.Duration > TariffImageFormat.MaxHolidayDays) bag.Add(DiagnosticCodes.TariffHolidayDuration, h.DurationSpan, h.Name, h.Duration);
        }
    }

    private static void CheckName(string name, SourceSpan span, DiagnosticBag bag)
    {
        if (Encoding.UTF8.GetByteCount(name) > TariffImageFormat.MaxStringBytes) bag.Add(DiagnosticCodes.TariffNameTooLong, span, name[..20] + "…");
    }
}
