using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SmartGateway.Runtime.Time;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Tariffs;

/// <summary>
/// Canonical text of a calendar model in either syntax, so a calendar can move between the web UI's
/// JSON and the DSL: both forms compile to the same image.
/// </summary>
public static class TariffFormatter
{
    public static string ToDsl(TariffCalendarModel m)
    {
        var sb = new StringBuilder();
        sb.Append("timezone ").Append(Quote(m.TimeZone ?? "")).Append('\n');
        sb.Append('\n');
        foreach (TariffDef t in m.Tariffs)
        {
            sb.Append("tariff ").Append(t.Id).Append(' ').Append(Quote(t.Name));
            if (t.Price != 0) sb.Append(" price ").Append(Fixed.ToText(t.Price));
            sb.Append('\n');
        }
        foreach (SeasonDef s in m.Seasons)
        {
            sb.Append('\n').Append("season ").Append(Quote(s.Name)).Append(" starts ").Append(Start(s.Start))
              .Append(" on ").Append(string.Join(", ", s.Days.Select(d => d.Name))).Append(" {\n");
            foreach (ScheduleEntry e in s.Schedule) sb.Append("  ").Append(e.Hour).Append(" => ").Append(e.Tariff).Append('\n');
            sb.Append("}\n");
        }
        if (m.Holidays.Count > 0) sb.Append('\n');
        foreach (HolidayDef h in m.Holidays)
        {
            sb.Append("holiday ").Append(Quote(h.Name)).Append(' ').Append(Date(h));
            if (h.Duration != 1) sb.Append(" for ").Append(h.Duration).Append(" days");
            sb.Append('\n');
        }
        return sb.ToString();
    }

    public static string ToJson(TariffCalendarModel m)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteString("timezone", m.TimeZone);
            w.WriteStartArray("tariffs");
            foreach (TariffDef t in m.Tariffs)
            {
                w.WriteStartObject();
                w.WriteNumber("id", t.Id);
                w.WriteString("name", t.Name);
                if (t.Price != 0) { w.WritePropertyName("price"); w.WriteRawValue(Fixed.ToText(t.Price)); }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("seasons");
            foreach (SeasonDef s in m.Seasons)
            {
                w.WriteStartObject();
                w.WriteString("name", s.Name);
                w.WriteString("start", Start(s.Start));
                w.WriteStartArray("days");
                foreach (DaySelector d in s.Days) w.WriteStringValue(d.Name);
                w.WriteEndArray();
                w.WriteStartArray("schedule");
                foreach (ScheduleEntry e in s.Schedule)
                {
                    w.WriteStartObject();
                    w.WriteNumber("hour", e.Hour);
                    w.WriteNumber("tariff", e.Tariff);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("holidays");
            foreach (HolidayDef h in m.Holidays)
            {
                w.WriteStartObject();
                w.WriteString("name", h.Name);
                w.WriteString("date", Date(h));
                if (h.Duration != 1) w.WriteNumber("duration", h.Duration);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray()) + "\n";
    }

    private static string Start(SeasonStart s) => s.Kind switch
    {
        TariffImageFormat.SeasonSummerTime => TariffDates.SummerTime,
        TariffImageFormat.SeasonWinterTime => TariffDates.WinterTime,
        _ => TariffDates.MonthDay(s.Month, s.Day),
    };

    private static string Date(HolidayDef h) =>
        h.Year == 0 ? TariffDates.MonthDay(h.Month, h.Day) : $"{h.Year:D4}-{TariffDates.MonthDay(h.Month, h.Day)}";

    /// <summary>A DSL string: backslash escapes a quote, a backslash, and line breaks (\n, \r).</summary>
    private static string Quote(string s) =>
        "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r") + "\"";
}
