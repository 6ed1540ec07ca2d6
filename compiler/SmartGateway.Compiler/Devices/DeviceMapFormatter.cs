using System.Globalization;
using System.Text;
using System.Text.Json;
using SmartGateway.Compiler.Formatting;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;
using SmartGateway.Runtime.Values;
using static SmartGateway.Compiler.Devices.DeviceMapModel;

namespace SmartGateway.Compiler.Devices;

/// <summary>
/// Prints a device map model as canonical DSL (.sgd) or canonical JSON: fixed statement order, default
/// values left out, notes kept. Either output reads back to a model that prints the same, and to the
/// same tables.
/// </summary>
public static class DeviceMapFormatter
{
    public static string ToDsl(DeviceMapModel m)
    {
        var lines = new List<string>();
        if (m.Model is { } model) lines.Add("model " + Q(model.Value));
        if (m.Matches != null) lines.Add("matches " + string.Join(", ", m.Matches.Select(x => Q(x.Value))));
        lines.AddRange(m.Notes.Select(n => "notes " + Q(n)));
        if (m.Ids is { } ids)
        {
            lines.Add("identification" + Opt("model_register", ids.ModelRegister) + Opt("model_words", ids.ModelWords) +
                Opt("serial_register", ids.SerialRegister) + Opt("serial_words", ids.SerialWords));
        }
        var sb = new StringBuilder();
        Section(sb, lines);
        Section(sb, m.Readable.Select(r => $"readable {RegisterTable.Name(r.Table)} {N(r.Start)} count {N(r.Count)}{Note(r.Note)}"));
        Section(sb, m.Measurements.Select(p => $"measurement {p.Path.Value} = {Point(p)}{Note(p.Note)}"));
        Section(sb, m.Counters.Select(p => $"counter {N(p.Number!.Value)} = {Point(p)}{CounterOptions(p)}{Note(p.Note)}"));
        if (m.Bicom is { } b)
        {
            Section(sb, [$"bicom state {N(b.StateRegister)} control {N(b.ControlRegister)}" +
                OptUnless("on", b.On, 1) + OptUnless("off", b.Off, 0) + Opt("toggle", b.Toggle) + Note(b.Note)]);
        }
        Section(sb, m.Writable.Select(w =>
            $"writable {Q(w.Name)} = {N(w.Register)} {RegisterTypes.Name((RegisterType)w.Type)} {Fixed.ToText(w.Min.Value)} .. {Fixed.ToText(w.Max.Value)}{Note(w.Note)}"));
        if (m.Communication is { } c)
        {
            Section(sb, ["communication" + Opt("address", c.AddressRegister) + Setting("baud", c.Baud) + Setting("parity", c.Parity) +
                Setting("stop_bits", c.StopBits) + Note(c.Note)]);
        }
        return sb.ToString();
    }

    public static string ToJson(DeviceMapModel m)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonFormatter.Indented))
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            if (m.Model is { } model) w.WriteString("model", model.Value);
            if (m.Matches != null) Strings(w, "matches", m.Matches.Select(x => x.Value));
            if (m.Notes.Count > 0) Strings(w, "notes", m.Notes);
            if (m.Ids is { } ids)
            {
                w.WriteStartObject("identification");
                Number(w, "model_register", ids.ModelRegister);
                Number(w, "model_words", ids.ModelWords);
                Number(w, "serial_register", ids.SerialRegister);
                Number(w, "serial_words", ids.SerialWords);
                w.WriteEndObject();
            }
            w.WriteStartArray("readable");
            foreach (RangeEntry r in m.Readable)
            {
                w.WriteStartObject();
                w.WriteString("table", RegisterTable.Name(r.Table));
                w.WriteNumber("start", r.Start.Value);
                w.WriteNumber("count", r.Count.Value);
                JsonNote(w, r.Note);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            Points(w, "measurements", m.Measurements);
            Points(w, "counters", m.Counters);
            if (m.Bicom is { } b)
            {
                w.WriteStartObject("bicom");
                w.WriteNumber("state_register", b.StateRegister.Value);
                w.WriteNumber("control_register", b.ControlRegister.Value);
                if (b.On is { Value: not 1 } on) w.WriteNumber("on", on.Value);
                if (b.Off is { Value: not 0 } off) w.WriteNumber("off", off.Value);
                Number(w, "toggle", b.Toggle);
                JsonNote(w, b.Note);
                w.WriteEndObject();
            }
            Writable(w, m.Writable);
            if (m.Communication is { } c) Communication(w, c);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Section(StringBuilder sb, IEnumerable<string> lines)
    {
        bool first = true;
        foreach (string line in lines)
        {
            if (first && sb.Length > 0) sb.Append('\n');
            first = false;
            sb.Append(line).Append('\n');
        }
    }

    private static string Point(PointEntry p) =>
        $"{RegisterTable.Name(p.Table)} {N(p.Register)} {RegisterEncoding.Name(p.Type)} {p.Unit.Value}" +
        (p.WordOrder == WordOrder.LowFirst ? " low_first" : "") + OptUnless("scale", p.Scale, 0) + Opt("exponent", p.ExponentRegister);

    private static string CounterOptions(PointEntry p) =>
        OptUnless("tariff", p.Tariff, 0) + (p.Direction == CounterDirection.Import ? "" : " " + CounterDirection.Name(p.Direction)) +
        (p.Resettable ? " resettable" : "");

    private static string Setting(string keyword, Setting? s) =>
        s == null ? "" : $" {keyword} {N(s.Register)} {{ {string.Join(", ", s.Values.Select(v => $"{v.Name.Value} = {N(v.Code)}"))} }}";

    private static string Q(string s) => DslFormatter.Quote(s);
    private static string N(Spanned<long> v) => v.Value.ToString(CultureInfo.InvariantCulture);
    private static string Note(string? note) => note == null ? "" : " note " + Q(note);
    private static string Opt(string keyword, Spanned<long>? v) => v is { } x ? $" {keyword} {N(x)}" : "";
    private static string OptUnless(string keyword, Spanned<long>? v, long fallback) => v is { } x && x.Value != fallback ? $" {keyword} {N(x)}" : "";

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> items)
    {
        w.WriteStartArray(name);
        foreach (string s in items) w.WriteStringValue(s);
        w.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter w, string name, Spanned<long>? v)
    {
        if (v is { } x) w.WriteNumber(name, x.Value);
    }

    private static void JsonNote(Utf8JsonWriter w, string? note)
    {
        if (note != null) w.WriteString("notes", note);
    }

    private static void Points(Utf8JsonWriter w, string name, List<PointEntry> points)
    {
        if (points.Count == 0) return;
        w.WriteStartArray(name);
        foreach (PointEntry p in points)
        {
            w.WriteStartObject();
            if (p.Number is { } number) w.WriteNumber("number", number.Value);
            else w.WriteString("path", p.Path.Value);
            if (p.Table != RegisterTable.Input) w.WriteString("table", RegisterTable.Name(p.Table));
            w.WriteNumber("register", p.Register.Value);
            w.WriteString("type", RegisterEncoding.Name(p.Type));
            if (p.WordOrder != WordOrder.HighFirst) w.WriteString("word_order", WordOrder.Name(p.WordOrder));
            if (p.Scale is { Value: not 0 } scale) w.WriteNumber("scale", scale.Value);
            w.WriteString("unit", p.Unit.Value);
            Number(w, "exponent_register", p.ExponentRegister);
            if (p.Number != null)
            {
                if (p.Tariff is { Value: not 0 } tariff) w.WriteNumber("tariff", tariff.Value);
                if (p.Direction != CounterDirection.Import) w.WriteString("direction", CounterDirection.Name(p.Direction));
                if (p.Resettable) w.WriteBoolean("resettable", true);
            }
            JsonNote(w, p.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Writable(Utf8JsonWriter w, List<WritableEntry> items)
    {
        if (items.Count == 0) return;
        w.WriteStartArray("writable");
        foreach (WritableEntry x in items)
        {
            w.WriteStartObject();
            w.WriteString("name", x.Name);
            w.WriteNumber("register", x.Register.Value);
            w.WriteString("type", RegisterTypes.Name((RegisterType)x.Type));
            w.WritePropertyName("min");
            w.WriteRawValue(Fixed.ToText(x.Min.Value));
            w.WritePropertyName("max");
            w.WriteRawValue(Fixed.ToText(x.Max.Value));
            JsonNote(w, x.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Communication(Utf8JsonWriter w, CommunicationEntry c)
    {
        w.WriteStartObject("communication");
        Number(w, "address_register", c.AddressRegister);
        foreach ((string? name, Setting? s) in new[] { ("baud", c.Baud), ("parity", c.Parity), ("stop_bits", c.StopBits) })
        {
            if (s == null) continue;
            w.WriteStartObject(name);
            w.WriteNumber("register", s.Register.Value);
            w.WriteStartObject("values");
            foreach ((Spanned<string> valueName, Spanned<long> code) in s.Values) w.WriteNumber(valueName.Value, code.Value);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        JsonNote(w, c.Note);
        w.WriteEndObject();
    }
}
