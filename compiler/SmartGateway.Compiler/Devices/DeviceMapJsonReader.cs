using System.Text;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Syntax.Json;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;
using SmartGateway.Runtime.Values;
using static SmartGateway.Compiler.Devices.DeviceMapModel;

namespace SmartGateway.Compiler.Devices;

/// <summary>
/// The JSON front end of device maps (rules/devices/README.md): JSON → <see cref="DeviceMapModel"/>.
/// Shape problems (unknown members, wrong types, missing members) are reported here at their
/// path(line,col); what the values mean is <see cref="DeviceMapChecker"/>'s business.
/// </summary>
public static class DeviceMapJsonReader
{
    private static readonly string[] TopMembers =
        ["version", "model", "matches", "notes", "identification", "readable", "measurements", "counters", "bicom", "writable", "communication"];

    private static readonly string[] PointMembers = ["path", "table", "register", "type", "word_order", "scale", "unit", "exponent_register", "notes"];
    private static readonly string[] CounterMembers =
        ["number", "table", "register", "type", "word_order", "scale", "unit", "exponent_register", "tariff", "direction", "resettable", "notes"];

    private const string Encodings = "int16, uint16, int32, uint32, float32, t5, t6, t7, t16, t17";

    /// <summary>The model, or null when the text is not a JSON object at all.</summary>
    public static DeviceMapModel? Read(string file, string text, DiagnosticBag bag)
    {
        JNode? root = JsonDom.Parse(file, Encoding.UTF8.GetBytes(text), bag);
        if (root == null) return null;
        if (root is not JObject rootObject)
        {
            bag.Add(DiagnosticCodes.JsonWrongType, root.Span, "document", "an object");
            return null;
        }
        var top = new JsonObjectReader(rootObject, "", bag, TopMembers);
        long? version = top.Integer("version", long.MinValue, long.MaxValue);
        if (version is not null and not 1) bag.Add(DiagnosticCodes.JsonBadVersion, top.SpanOf("version"), "version", version.Value);
        var model = new DeviceMapModel { Model = Str(top, "model", true) };
        if (top.Has("matches"))
        {
            model.Matches = [];
            IReadOnlyList<JNode> items = top.Items("matches", false);
            for (int i = 0; i < items.Count; i++)
            {
                if (items[i] is JString { Value.Length: > 0 } match) model.Matches.Add(new(match.Value, match.Span));
                else bag.Add(DiagnosticCodes.JsonWrongType, items[i].Span, $"matches[{i}]", "a non-empty string");
            }
        }
        ReadNotes(top, bag, model.Notes);
        if (top.Nested("identification", "model_register", "model_words", "serial_register", "serial_words") is { } ids)
        {
            model.Ids = new Identification(Int(ids, "model_register", 0, 65535, false), Int(ids, "model_words", 1, 32, false),
                Int(ids, "serial_register", 0, 65535, false), Int(ids, "serial_words", 1, 32, false));
        }
        IReadOnlyList<JNode> ranges = top.Items("readable", true);
        for (int i = 0; i < ranges.Count; i++)
        {
            JsonObjectReader? o = top.Nested(ranges[i], $"readable[{i}]", "table", "start", "count", "notes");
            if (o == null) continue;
            byte? table = o.Choice("table", TableOf, "input, holding", true);
            Spanned<long>? start = Int(o, "start", long.MinValue, long.MaxValue, true);
            Spanned<long>? count = Int(o, "count", long.MinValue, long.MaxValue, true);
            if (table != null && start != null && count != null) model.Readable.Add(new RangeEntry(o.JsonPath, ranges[i].Span, table.Value, start.Value, count.Value, Note(o)));
        }
        ReadPoints(top, "measurements", PointMembers, model.Measurements);
        ReadPoints(top, "counters", CounterMembers, model.Counters);
        if (top.Nested("bicom", "state_register", "control_register", "on", "off", "toggle", "notes") is { } b)
        {
            Spanned<long>? state = Int(b, "state_register", 0, 65535, true);
            Spanned<long>? control = Int(b, "control_register", 0, 65535, true);
            Spanned<long>? on = Int(b, "on", 0, 65535, false), off = Int(b, "off", 0, 65535, false), toggle = Int(b, "toggle", 0, 65535, false);
            if (state != null && control != null) model.Bicom = new BicomEntry("bicom", state.Value, control.Value, on, off, toggle, Note(b));
        }
        IReadOnlyList<JNode> writable = top.Items("writable", false);
        for (int i = 0; i < writable.Count; i++)
        {
            JsonObjectReader? o = top.Nested(writable[i], $"writable[{i}]", "name", "register", "type", "min", "max", "notes");
            if (o == null) continue;
            string? name = o.Text("name");
            Spanned<long>? register = Int(o, "register", 0, 65535, true);
            byte? type = o.Choice("type", TypeOf, "int16, uint16, int32, uint32, float32", true);
            long? min = o.Fixed("min");
            long? max = o.Fixed("max");
            if (name == null || register == null || type == null || min == null || max == null) continue;
            model.Writable.Add(new WritableEntry(o.JsonPath, writable[i].Span, name, register.Value, type.Value, new(min.Value, o.SpanOf("min")), new(max.Value, o.SpanOf("max")), Note(o)));
        }
        if (top.Nested("communication", "address_register", "baud", "parity", "stop_bits", "notes") is { } c)
        {
            model.Communication = new CommunicationEntry("communication", Int(c, "address_register", 0, 65535, false),
                ReadSetting(c, "baud", bag, Bauds), ReadSetting(c, "parity", bag, Parities), ReadSetting(c, "stop_bits", bag, StopBitCounts), Note(c));
        }
        return model;
    }

    private static void ReadPoints(JsonObjectReader top, string member, string[] allowed, List<PointEntry> into)
    {
        IReadOnlyList<JNode> items = top.Items(member, false);
        bool counter = member == "counters";
        for (int i = 0; i < items.Count; i++)
        {
            JsonObjectReader? o = top.Nested(items[i], $"{member}[{i}]", allowed);
            if (o == null) continue;
            Spanned<long>? number = counter ? Int(o, "number", long.MinValue, long.MaxValue, true) : null;
            Spanned<long>? tariff = counter ? Int(o, "tariff", long.MinValue, long.MaxValue, false) : null;
            byte direction = counter ? o.Choice("direction", DirectionOf, "import, export, bidirectional, absolute", false) ?? CounterDirection.Import : CounterDirection.Import;
            bool resettable = counter && o.Flag("resettable", false);
            Spanned<string>? path = counter ? new Spanned<string>("", o.Span) : Str(o, "path", true);
            byte table = o.Choice("table", TableOf, "input, holding", false) ?? RegisterTable.Input;
            Spanned<long>? register = Int(o, "register", long.MinValue, long.MaxValue, true);
            byte? encoding = o.Choice("type", EncodingOf, Encodings, true);
            byte order = o.Choice("word_order", OrderOf, "high_first, low_first", false) ?? WordOrder.HighFirst;
            Spanned<long>? scale = Int(o, "scale", -30, 30, false);
            Spanned<long>? exponent = Int(o, "exponent_register", 0, 65535, false);
            Spanned<string>? unit = Str(o, "unit", true);
            if (path == null || register == null || encoding == null || unit == null || (counter && number == null)) continue;
            into.Add(new PointEntry(o.JsonPath, items[i].Span, path.Value, table, register.Value, encoding.Value, unit.Value)
            {
                WordOrder = order, Scale = scale, ExponentRegister = exponent, Number = number, Tariff = tariff,
                Direction = direction, Resettable = resettable, Note = Note(o),
            });
        }
    }

    /// <summary>{ "register": R, "values": { "9600": 3, … } }; unknown value names are reported and skipped.</summary>
    private static Setting? ReadSetting(JsonObjectReader parent, string name, DiagnosticBag bag, string[] allowed)
    {
        JsonObjectReader? o = parent.Nested(name, "register", "values");
        if (o == null) return null;
        Spanned<long>? register = Int(o, "register", 0, 65535, true);
        JObject? values = o.Object("values", required: true);
        if (register == null || values == null) return null;
        var v = new JsonObjectReader(values, o.PathOf("values"), bag, allowed);
        var codes = new List<(Spanned<string>, Spanned<long>)>();
        foreach (JMember m in values.Members)
        {
            if (Array.IndexOf(allowed, m.Name) < 0) continue;
            Spanned<long>? code = Int(v, m.Name, 0, 65535, true);
            if (code != null) codes.Add((new(m.Name, m.NameSpan), code.Value));
        }
        return new Setting(o.JsonPath, register.Value, codes);
    }

    /// <summary>Top-level notes: one string or an array of strings.</summary>
    private static void ReadNotes(JsonObjectReader top, DiagnosticBag bag, List<string> into)
    {
        switch (top.Members.FirstOrDefault(m => m.Name == "notes")?.Value)
        {
            case null:
                return;
            case JString one:
                into.Add(one.Value);
                return;
            case JArray many:
                for (int i = 0; i < many.Items.Count; i++)
                {
                    if (many.Items[i] is JString s) into.Add(s.Value);
                    else bag.Add(DiagnosticCodes.JsonWrongType, many.Items[i].Span, $"notes[{i}]", "a string");
                }
                return;
            case JNode other:
                bag.Add(DiagnosticCodes.JsonWrongType, other.Span, "notes", "a string or an array of strings");
                return;
        }
    }

    private static string? Note(JsonObjectReader o) => o.Has("notes") ? o.Text("notes", false) : null;

    private static Spanned<long>? Int(JsonObjectReader o, string name, long min, long max, bool required) =>
        o.Integer(name, min, max, required) is { } v ? new Spanned<long>(v, o.SpanOf(name)) : null;

    private static Spanned<string>? Str(JsonObjectReader o, string name, bool required) =>
        o.Text(name, required) is { } v ? new Spanned<string>(v, o.SpanOf(name)) : null;

    private static (bool, byte) TableOf(string s) => (RegisterTable.TryParse(s, out byte v), v);
    private static (bool, byte) EncodingOf(string s) => (RegisterEncoding.TryParse(s, out byte v), v);
    private static (bool, byte) OrderOf(string s) => (WordOrder.TryParse(s, out byte v), v);
    private static (bool, byte) DirectionOf(string s) => (CounterDirection.TryParse(s, out byte v), v);
    private static (bool, byte) TypeOf(string s) => (RegisterTypes.TryParse(s, out RegisterType v), (byte)v);
}
