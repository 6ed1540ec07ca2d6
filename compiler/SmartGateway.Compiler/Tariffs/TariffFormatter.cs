using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SmartGateway.Compiler.Syntax.Comments;
using SmartGateway.Runtime.Time;
using SmartGateway.Runtime.Values;
using static SmartGateway.Compiler.Syntax.Comments.CommentPrinter;

namespace SmartGateway.Compiler.Tariffs;

/// <summary>
/// Canonical text of a calendar model in either syntax, so a calendar can move between the web UI's
/// JSON and the DSL: both forms compile to the same image. Every comment is printed by the construct it
/// belongs to (<see cref="TariffCommentKeys"/>), so DSL → JSON → DSL keeps them in place.
/// </summary>
public static class TariffFormatter
{
    public static string ToDsl(TariffCalendarModel m)
    {
        var sb = new StringBuilder();
        CommentMap comments = m.Comments;
        if (comments.Header.Count > 0)
        {
            foreach (string line in comments.Header) Comment(sb, "", line);
            sb.Append('\n');
        }
        Line(sb, "", comments[TariffCommentKeys.TimeZone], "timezone " + Quote(m.TimeZone ?? ""));
        sb.Append('\n');
        for (int i = 0; i < m.Tariffs.Count; i++)
        {
            TariffDef t = m.Tariffs[i];
            Line(sb, "", comments[TariffCommentKeys.Tariff(i)], $"tariff {t.Id} {Quote(t.Name)}" + (t.Price != 0 ? " price " + Fixed.ToText(t.Price) : ""));
        }
        for (int i = 0; i < m.Seasons.Count; i++)
        {
            SeasonDef s = m.Seasons[i];
            string key = TariffCommentKeys.Season(i);
            sb.Append('\n');
            Line(sb, "", comments[key], $"season {Quote(s.Name)} starts {Start(s.Start)} on {string.Join(", ", s.Days.Select(d => d.Name))} {{");
            for (int j = 0; j < s.Schedule.Count; j++)
            {
                Line(sb, "  ", comments[TariffCommentKeys.Entry(key, j)], $"{s.Schedule[j].Hour} => {s.Schedule[j].Tariff}");
            }
            Comments end = comments[CommentKeys.Slot(key, TariffCommentKeys.End)];
            Before(sb, "  ", end);
            sb.Append('}');
            EndLine(sb, end.After);
        }
        if (m.Holidays.Count > 0) sb.Append('\n');
        for (int i = 0; i < m.Holidays.Count; i++)
        {
            HolidayDef h = m.Holidays[i];
            Line(sb, "", comments[TariffCommentKeys.Holiday(i)], $"holiday {Quote(h.Name)} {Date(h)}" + (h.Duration != 1 ? $" for {h.Duration} days" : ""));
        }
        foreach (string line in comments.Trailer) Comment(sb, "", line);
        return sb.ToString();
    }

    /// <summary>A construct's line with the comments above it and at its end.</summary>
    private static void Line(StringBuilder sb, string indent, Comments comments, string text)
    {
        Before(sb, indent, comments);
        sb.Append(indent).Append(text);
        EndLine(sb, comments.After);
    }

    public static string ToJson(TariffCalendarModel m)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            CommentJson.WriteDocument(w, m.Comments, TariffCommentKeys.DocumentSlots);
            w.WriteString("timezone", m.TimeZone);
            w.WriteStartArray("tariffs");
            for (int i = 0; i < m.Tariffs.Count; i++)
            {
                TariffDef t = m.Tariffs[i];
                w.WriteStartObject();
                w.WriteNumber("id", t.Id);
                w.WriteString("name", t.Name);
                if (t.Price != 0) { w.WritePropertyName("price"); w.WriteRawValue(Fixed.ToText(t.Price)); }
                CommentJson.Write(w, m.Comments[TariffCommentKeys.Tariff(i)]);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("seasons");
            for (int i = 0; i < m.Seasons.Count; i++)
            {
                SeasonDef s = m.Seasons[i];
                string key = TariffCommentKeys.Season(i);
                w.WriteStartObject();
                w.WriteString("name", s.Name);
                w.WriteString("start", Start(s.Start));
                w.WriteStartArray("days");
                foreach (DaySelector d in s.Days) w.WriteStringValue(d.Name);
                w.WriteEndArray();
                w.WriteStartArray("schedule");
                for (int j = 0; j < s.Schedule.Count; j++)
                {
                    w.WriteStartObject();
                    w.WriteNumber("hour", s.Schedule[j].Hour);
                    w.WriteNumber("tariff", s.Schedule[j].Tariff);
                    CommentJson.Write(w, m.Comments[TariffCommentKeys.Entry(key, j)]);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                CommentJson.Write(w, m.Comments, key, TariffCommentKeys.SeasonSlots);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("holidays");
            for (int i = 0; i < m.Holidays.Count; i++)
            {
                HolidayDef h = m.Holidays[i];
                w.WriteStartObject();
                w.WriteString("name", h.Name);
                w.WriteString("date", Date(h));
                if (h.Duration != 1) w.WriteNumber("duration", h.Duration);
                CommentJson.Write(w, m.Comments[TariffCommentKeys.Holiday(i)]);
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
