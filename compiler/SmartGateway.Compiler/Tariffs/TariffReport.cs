using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SmartGateway.Runtime.Time;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Tariffs;

/// <summary>
/// What <c>sgc tariff</c> prints: the active tariff at a local time and why, and a year's hourly table.
/// Works on the loaded runtime calendar, so it shows exactly what the gateway would do.
/// </summary>
public static class TariffReport
{
    /// <summary>Parses a local time "2025-04-21T10:00" or "2025-04-21T10:00:00" to local seconds.</summary>
    public static bool TryParseLocal(string text, out long localSeconds)
    {
        localSeconds = 0;
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];
        if (!DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime t)) return false;
        localSeconds = LocalTime.ToLocalSeconds(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second);
        return true;
    }

    /// <summary>
    /// The local time a wall-clock reading stands for: a repeated time is its first (summer-time)
    /// occurrence, a skipped one is moved forward past the gap, as <see cref="PosixTimeZone.ToUtc"/> defines.
    /// </summary>
    public static LocalTime Resolve(TariffCalendar calendar, long localSeconds, out LocalTimeKind kind) =>
        calendar.ResolveLocal(localSeconds, out kind);

    /// <summary>One line: "2025-04-21T10:00:00 tariff 3 "Block 3": season …, holiday …".</summary>
    public static string At(TariffCalendar calendar, long localSeconds)
    {
        LocalTime t = Resolve(calendar, localSeconds, out LocalTimeKind kind);
        TariffDecision d = calendar.Lookup(t);
        var sb = new StringBuilder();
        sb.Append(t.ToIsoText()).Append(' ').Append(Zone(calendar, t)).Append(": tariff ").Append(d.Tariff)
          .Append(" \"").Append(calendar.TariffName(d.Tariff)).Append('"');
        if (calendar.TariffPrice(d.Tariff) != 0) sb.Append(" (price ").Append(Fixed.ToText(calendar.TariffPrice(d.Tariff))).Append(')');
        sb.Append("; season \"").Append(calendar.SeasonName(d.Season)).Append("\" (").Append(SeasonStart(calendar, d.Season))
          .Append("), day type ").Append(DayTypes.Name(d.DayType));
        if (d.Holiday >= 0) sb.Append("; holiday \"").Append(calendar.HolidayName(d.Holiday)).Append('"');
        if (kind == LocalTimeKind.Skipped) sb.Append("; the requested time does not exist (clocks go forward), shown after the gap");
        if (kind == LocalTimeKind.Ambiguous) sb.Append("; the requested time occurs twice, this is the first occurrence");
        return sb.ToString();
    }

    /// <summary>One JSON object; its <c>tariff</c> member is the active tariff id.</summary>
    public static string AtJson(TariffCalendar calendar, long localSeconds)
    {
        LocalTime t = Resolve(calendar, localSeconds, out LocalTimeKind kind);
        TariffDecision d = calendar.Lookup(t);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("time", t.ToIsoText());
            w.WriteString("zone", Zone(calendar, t));
            w.WriteBoolean("dst", t.IsDst);
            w.WriteNumber("tariff", d.Tariff);
            w.WriteString("name", calendar.TariffName(d.Tariff));
            w.WriteNumber("price", decimal.Parse(Fixed.ToText(calendar.TariffPrice(d.Tariff)), CultureInfo.InvariantCulture));
            w.WriteString("season", calendar.SeasonName(d.Season));
            w.WriteString("season_start", SeasonStart(calendar, d.Season));
            w.WriteString("day_type", DayTypes.Name(d.DayType));
            if (d.Holiday >= 0) w.WriteString("holiday", calendar.HolidayName(d.Holiday));
            else w.WriteNull("holiday");
            w.WriteString("local_time", kind switch { LocalTimeKind.Skipped => "skipped", LocalTimeKind.Ambiguous => "repeated", _ => "unique" });
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>
    /// Header <c>time,tariff</c>, then one row per local hour start of the year in the order they
    /// occur: the hour skipped when clocks go forward has no row, the hour repeated when they go back
    /// has two rows with the same time (summer time first), each with its own tariff.
    /// </summary>
    public static void YearCsv(TariffCalendar calendar, int year, TextWriter output)
    {
        output.Write("time,tariff\n");
        foreach (long utc in HourStarts(calendar.TimeZone, year))
        {
            LocalTime t = calendar.TimeZone.ToLocal(utc);
            output.Write(t.ToIsoText());
            output.Write(',');
            output.Write(calendar.TariffAt(t).ToString(CultureInfo.InvariantCulture));
            output.Write('\n');
        }
    }

    /// <summary>UTC instants at which a local hour of the year starts, ascending.</summary>
    public static IEnumerable<long> HourStarts(PosixTimeZone zone, int year)
    {
        long first = LocalTime.ToLocalSeconds(year, 1, 1, 0, 0, 0);
        long end = LocalTime.ToLocalSeconds(year + 1, 1, 1, 0, 0, 0);
        for (long local = first; local < end; local += 3600)
        {
            long early = zone.ToUtc(local, false, out LocalTimeKind kind);
            if (kind == LocalTimeKind.Skipped) continue;
            yield return early;
            if (kind == LocalTimeKind.Ambiguous) yield return zone.ToUtc(local, true, out _);
        }
    }

    private static string Zone(TariffCalendar calendar, LocalTime t) =>
        t.IsDst ? calendar.TimeZone.DstName : calendar.TimeZone.StandardName;

    private static string SeasonStart(TariffCalendar calendar, int season) => calendar.SeasonKind(season) switch
    {
        TariffImageFormat.SeasonSummerTime => TariffDates.SummerTime,
        TariffImageFormat.SeasonWinterTime => TariffDates.WinterTime,
        _ => "from " + TariffDates.MonthDay(calendar.SeasonStartMonth(season), calendar.SeasonStartDay(season)),
    };
}
