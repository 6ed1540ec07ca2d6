using System.Globalization;
using System.Text.Json;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Time;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Tariffs;

/// <summary>
/// Reads the JSON shape of a tariff calendar (rules/tariffs/README.md) into the model. Unknown or
/// duplicate members, wrong types and missing members are errors with the JSON path and line/column.
/// </summary>
public static class TariffJsonFrontEnd
{
    public static TariffCalendarModel? Parse(string path, string text, DiagnosticBag bag)
    {
        JsonTree? root = JsonTree.Parse(path, text, bag);
        if (root == null) return null;
        int before = bag.Items.Count;
        var o = Members(root, bag, ["version", "timezone", "tariffs", "seasons", "holidays"], ["version", "timezone", "tariffs", "seasons"]);
        if (o == null) return null;
        if (o.TryGetValue("version", out var version) && Integer(version, bag) is long v && v != 1) bag.Add(DiagnosticCodes.JsonBadVersion, version.Span, version.Path, v);
        string? zone = o.TryGetValue("timezone", out var tz) ? String(tz, bag) : null;
        var tariffs = Array(o, "tariffs", bag).Select(t => Tariff(t, bag)).OfType<TariffDef>().ToList();
        var seasons = Array(o, "seasons", bag).Select(s => Season(s, bag)).OfType<SeasonDef>().ToList();
        var holidays = Array(o, "holidays", bag).Select(h => Holiday(h, bag)).OfType<HolidayDef>().ToList();
        if (bag.Items.Count != before) return null;
        return new TariffCalendarModel(zone, tz?.Span ?? root.Span, tariffs, seasons, holidays);
    }

    private static TariffDef? Tariff(JsonTree t, DiagnosticBag bag)
    {
        var o = Members(t, bag, ["id", "name", "price"], ["id", "name"]);
        if (o == null) return null;
        long? id = Integer(o["id"], bag);
        string? name = String(o["name"], bag);
        long price = 0;
        if (o.TryGetValue("price", out var p))
        {
            if (p.Kind != JsonValueKind.Number) bag.Add(DiagnosticCodes.JsonWrongType, p.Span, p.Path, "a number");
            else if (!Fixed.TryParse(p.Text, out price)) bag.Add(DiagnosticCodes.TariffBadPrice, p.Span, p.Text);
        }
        return id is long i && name != null ? new TariffDef(i, name, price, o["id"].Span) : null;
    }

    private static SeasonDef? Season(JsonTree s, DiagnosticBag bag)
    {
        var o = Members(s, bag, ["name", "start", "days", "schedule"], ["name", "start", "days", "schedule"]);
        if (o == null) return null;
        string? name = String(o["name"], bag);
        string? start = String(o["start"], bag);
        var days = new List<DaySelector>();
        foreach (JsonTree d in Items(o["days"], bag))
        {
            if (String(d, bag) is string dn) days.Add(new DaySelector(dn, d.Span));
        }
        var schedule = new List<ScheduleEntry>();
        foreach (JsonTree e in Items(o["schedule"], bag))
        {
            var eo = Members(e, bag, ["hour", "tariff"], ["hour", "tariff"]);
            if (eo == null) continue;
            if (Integer(eo["hour"], bag) is long h && Integer(eo["tariff"], bag) is long t)
            {
                schedule.Add(new ScheduleEntry(h, t, eo["hour"].Span, eo["tariff"].Span));
            }
        }
        if (name == null || start == null) return null;
        int kind = TariffDates.SeasonKind(start, out int month, out int day);
        if (kind < 0)
        {
            bag.Add(DiagnosticCodes.TariffBadSeasonStart, o["start"].Span, start);
            return null;
        }
        return new SeasonDef(name, new SeasonStart(kind, month, day, start, o["start"].Span), days, schedule, s.Span);
    }

    private static HolidayDef? Holiday(JsonTree h, DiagnosticBag bag)
    {
        var o = Members(h, bag, ["name", "date", "duration"], ["name", "date"]);
        if (o == null) return null;
        string? name = String(o["name"], bag);
        string? date = String(o["date"], bag);
        long duration = 1;
        SourceSpan durationSpan = h.Span;
        if (o.TryGetValue("duration", out var d))
        {
            durationSpan = d.Span;
            if (Integer(d, bag) is not long n) return null;
            duration = n;
        }
        if (name == null || date == null) return null;
        if (!TariffDates.TryParse(date, out int year, out int month, out int day))
        {
            bag.Add(DiagnosticCodes.TariffBadDate, o["date"].Span, date);
            return null;
        }
        return new HolidayDef(name, year, month, day, date, duration, h.Span, o["date"].Span, durationSpan);
    }

    private static Dictionary<string, JsonTree>? Members(JsonTree node, DiagnosticBag bag, string[] allowed, string[] required)
    {
        if (node.Kind != JsonValueKind.Object)
        {
            bag.Add(DiagnosticCodes.JsonWrongType, node.Span, node.Path, "an object");
            return null;
        }
        var map = new Dictionary<string, JsonTree>(StringComparer.Ordinal);
        bool ok = true;
        foreach (var (name, span, value) in node.Members)
        {
            if (!allowed.Contains(name)) { bag.Add(DiagnosticCodes.JsonUnknownMember, span, node.Path, name); ok = false; }
            else if (!map.TryAdd(name, value)) { bag.Add(DiagnosticCodes.JsonDuplicateMember, span, node.Path, name); ok = false; }
        }
        foreach (string r in required)
        {
            if (!map.ContainsKey(r)) { bag.Add(DiagnosticCodes.JsonMissingMember, node.Span, node.Path, r); ok = false; }
        }
        return ok ? map : null;
    }

    private static IEnumerable<JsonTree> Array(Dictionary<string, JsonTree> o, string name, DiagnosticBag bag) =>
        o.TryGetValue(name, out var a) ? Items(a, bag) : [];

    private static IEnumerable<JsonTree> Items(JsonTree a, DiagnosticBag bag)
    {
        if (a.Kind == JsonValueKind.Array) return a.Items;
        bag.Add(DiagnosticCodes.JsonWrongType, a.Span, a.Path, "an array");
        return [];
    }

    private static string? String(JsonTree n, DiagnosticBag bag)
    {
        if (n.Kind == JsonValueKind.String) return n.Text;
        bag.Add(DiagnosticCodes.JsonWrongType, n.Span, n.Path, "a string");
        return null;
    }

    private static long? Integer(JsonTree n, DiagnosticBag bag)
    {
        if (n.Kind == JsonValueKind.Number && long.TryParse(n.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v)) return v;
        bag.Add(DiagnosticCodes.JsonWrongType, n.Span, n.Path, "a whole number");
        return null;
    }
}
