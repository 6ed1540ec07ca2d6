using System.Globalization;
using System.Text;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Syntax.Json;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Tariffs;

/// <summary>
/// Reads the JSON shape of a tariff calendar (rules/tariffs/README.md) into the model, on the same
/// positioned JSON reader as the automation JSON. Unknown or duplicate members, wrong types and missing
/// members are errors with the JSON path and line/column.
/// </summary>
public static class TariffJsonFrontEnd
{
    public static TariffCalendarModel? Parse(string path, string text, DiagnosticBag bag)
    {
        JNode? root = JsonDom.Parse(path, Encoding.UTF8.GetBytes(text), bag);
        if (root == null) return null;
        int before = bag.Items.Count;
        if (!IsObject(root, "document", bag, out JObject? obj)) return null;
        var o = new JsonObjectReader(obj, "", bag, "version", "timezone", "tariffs", "seasons", "holidays");
        JNumber? version = o.Number("version", required: true);
        if (version != null && Integer(version, "version", bag) is long v && v != 1) bag.Add(DiagnosticCodes.JsonBadVersion, version.Span, "version", v);
        JString? zone = o.String("timezone", required: true);
        var tariffs = Items(o.Array("tariffs", required: true), "tariffs").Select(t => Tariff(t.Node, t.Path, bag)).OfType<TariffDef>().ToList();
        var seasons = Items(o.Array("seasons", required: true), "seasons").Select(s => Season(s.Node, s.Path, bag)).OfType<SeasonDef>().ToList();
        var holidays = Items(o.Array("holidays", required: false), "holidays").Select(h => Holiday(h.Node, h.Path, bag)).OfType<HolidayDef>().ToList();
        if (bag.Items.Count != before) return null;
        return new TariffCalendarModel(zone?.Value, zone?.Span ?? root.Span, tariffs, seasons, holidays);
    }

    private static TariffDef? Tariff(JNode node, string at, DiagnosticBag bag)
    {
        if (!IsObject(node, at, bag, out JObject? obj)) return null;
        var o = new JsonObjectReader(obj, at, bag, "id", "name", "price");
        JNumber? idNode = o.Number("id", required: true);
        long? id = idNode == null ? null : Integer(idNode, o.PathOf("id"), bag);
        JString? name = o.String("name", required: true);
        long price = 0;
        JNumber? p = o.Number("price", required: false);
        if (p != null && !Fixed.TryParse(p.Text, out price)) bag.Add(DiagnosticCodes.TariffBadPrice, p.Span, p.Text);
        return id is long i && name != null ? new TariffDef(i, name.Value, price, idNode!.Span) : null;
    }

    private static SeasonDef? Season(JNode node, string at, DiagnosticBag bag)
    {
        if (!IsObject(node, at, bag, out JObject? obj)) return null;
        var o = new JsonObjectReader(obj, at, bag, "name", "start", "days", "schedule");
        JString? name = o.String("name", required: true);
        JString? start = o.String("start", required: true);
        var days = new List<DaySelector>();
        foreach ((JNode? d, string? dPath) in Items(o.Array("days", required: true), o.PathOf("days")))
        {
            if (d is JString day) days.Add(new DaySelector(day.Value, day.Span));
            else bag.Add(DiagnosticCodes.JsonWrongType, d.Span, dPath, "a string");
        }
        var schedule = new List<ScheduleEntry>();
        foreach ((JNode? e, string? ePath) in Items(o.Array("schedule", required: true), o.PathOf("schedule")))
        {
            if (!IsObject(e, ePath, bag, out JObject? entry)) continue;
            var eo = new JsonObjectReader(entry, ePath, bag, "hour", "tariff");
            JNumber? hour = eo.Number("hour", required: true);
            JNumber? tariff = eo.Number("tariff", required: true);
            if (hour != null && tariff != null && Integer(hour, eo.PathOf("hour"), bag) is long h && Integer(tariff, eo.PathOf("tariff"), bag) is long t)
            {
                schedule.Add(new ScheduleEntry(h, t, hour.Span, tariff.Span));
            }
        }
        if (name == null || start == null) return null;
        int kind = TariffDates.SeasonKind(start.Value, out int month, out int day0);
        if (kind < 0)
        {
            bag.Add(DiagnosticCodes.TariffBadSeasonStart, start.Span, start.Value);
            return null;
        }
        return new SeasonDef(name.Value, new SeasonStart(kind, month, day0, start.Value, start.Span), days, schedule, obj.Span);
    }

    private static HolidayDef? Holiday(JNode node, string at, DiagnosticBag bag)
    {
        if (!IsObject(node, at, bag, out JObject? obj)) return null;
        var o = new JsonObjectReader(obj, at, bag, "name", "date", "duration");
        JString? name = o.String("name", required: true);
        JString? date = o.String("date", required: true);
        long duration = 1;
        SourceSpan durationSpan = obj.Span;
        JNumber? d = o.Number("duration", required: false);
        if (d != null)
        {
            durationSpan = d.Span;
            if (Integer(d, o.PathOf("duration"), bag) is not long n) return null;
            duration = n;
        }
        if (name == null || date == null) return null;
        if (!TariffDates.TryParse(date.Value, out int year, out int month, out int day))
        {
            bag.Add(DiagnosticCodes.TariffBadDate, date.Span, date.Value);
            return null;
        }
        return new HolidayDef(name.Value, year, month, day, date.Value, duration, obj.Span, date.Span, durationSpan);
    }

    private static IEnumerable<(JNode Node, string Path)> Items(JArray? array, string at) =>
        array == null ? [] : array.Items.Select((item, i) => (item, $"{at}[{i}]"));

    private static bool IsObject(JNode node, string at, DiagnosticBag bag, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JObject? obj)
    {
        obj = node as JObject;
        if (obj == null) bag.Add(DiagnosticCodes.JsonWrongType, node.Span, at, "an object");
        return obj != null;
    }

    private static long? Integer(JNumber n, string at, DiagnosticBag bag)
    {
        if (long.TryParse(n.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v)) return v;
        bag.Add(DiagnosticCodes.JsonWrongType, n.Span, at, "a whole number");
        return null;
    }
}
