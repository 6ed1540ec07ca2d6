using System.Text;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Syntax.Json;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Devices;

/// <summary>
/// Device map JSON → the runtime's <see cref="DeviceMap"/> tables. Every problem is reported at its
/// path(line,col); a map with any error yields null.
/// </summary>
public static class DeviceMapCompiler
{
    private static readonly string[] TopMembers =
        ["version", "model", "matches", "notes", "identification", "readable", "measurements", "counters", "bicom", "writable", "communication"];

    private static readonly string[] PointMembers = ["path", "table", "register", "type", "word_order", "scale", "unit", "exponent_register", "notes"];
    private static readonly string[] CounterMembers =
        ["number", "table", "register", "type", "word_order", "scale", "unit", "exponent_register", "tariff", "direction", "resettable", "notes"];

    private const string Encodings = "int16, uint16, int32, uint32, float32, t5, t6, t7, t16, t17";

    public static DeviceMap? Compile(string file, string text, DiagnosticBag bag)
    {
        int before = bag.ErrorCount;
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
        var map = new DeviceMap { Model = NonEmpty(top, "model", bag) ?? "" };
        map.Matches = ReadMatches(top, bag, map.Model);
        ReadIdentification(top, bag, map);
        map.Readable = ReadRanges(top, bag);
        var measurements = new List<Measurement>();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<JNode> points = top.Items("measurements", false);
        for (int i = 0; i < points.Count; i++)
        {
            string path = $"measurements[{i}]";
            JsonObjectReader? o = top.Nested(points[i], path, PointMembers);
            if (o == null) continue;
            Measurement? m = ReadPoint(o, bag, map, isCounter: false);
            if (m == null) continue;
            if (!paths.Add(m.Path)) bag.Add(DiagnosticCodes.DeviceDuplicatePath, o.SpanOf("path"), o.PathOf("path"), m.Path);
            measurements.Add(m);
        }
        map.Counters = ReadCounters(top, bag, map, measurements, paths);
        map.Measurements = [.. measurements];
        map.Bicom = ReadBicom(top, bag, map);
        map.Writable = ReadWritable(top, bag);
        map.Communication = ReadCommunication(top, bag);
        return bag.ErrorCount > before ? null : map;
    }

    private static string? NonEmpty(JsonObjectReader o, string name, DiagnosticBag bag)
    {
        string? s = o.Text(name);
        if (s != null && s.Trim().Length == 0)
        {
            bag.Add(DiagnosticCodes.DeviceEmptyText, o.SpanOf(name), o.PathOf(name), name);
            return null;
        }
        return s;
    }

    private static string[] ReadMatches(JsonObjectReader top, DiagnosticBag bag, string model)
    {
        if (!top.Has("matches")) return [model];
        var result = new List<string>();
        IReadOnlyList<JNode> items = top.Items("matches", false);
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is JString { Value.Length: > 0 } match) result.Add(match.Value);
            else bag.Add(DiagnosticCodes.JsonWrongType, items[i].Span, $"matches[{i}]", "a non-empty string");
        }
        return [.. result];
    }

    private static void ReadIdentification(JsonObjectReader top, DiagnosticBag bag, DeviceMap map)
    {
        JsonObjectReader? o = top.Nested("identification", "model_register", "model_words", "serial_register", "serial_words");
        if (o == null) return;
        map.ModelRegister = (int)(o.Integer("model_register", 0, 65535, false) ?? map.ModelRegister);
        map.ModelWords = (int)(o.Integer("model_words", 1, 32, false) ?? map.ModelWords);
        map.SerialRegister = (int)(o.Integer("serial_register", 0, 65535, false) ?? map.SerialRegister);
        map.SerialWords = (int)(o.Integer("serial_words", 1, 32, false) ?? map.SerialWords);
    }

    private static RegisterRange[] ReadRanges(JsonObjectReader top, DiagnosticBag bag)
    {
        var result = new List<RegisterRange>();
        IReadOnlyList<JNode> items = top.Items("readable", true);
        for (int i = 0; i < items.Count; i++)
        {
            JsonObjectReader? o = top.Nested(items[i], $"readable[{i}]", "table", "start", "count", "notes");
            if (o == null) continue;
            byte? table = o.Choice("table", TableOf, "input, holding", true);
            long? start = o.Integer("start", long.MinValue, long.MaxValue);
            long? count = o.Integer("count", long.MinValue, long.MaxValue);
            if (table == null || start == null || count == null) continue;
            if (start < 0 || count < 1 || start + count > 65536)
            {
                bag.Add(DiagnosticCodes.DeviceBadRange, items[i].Span, o.JsonPath);
                continue;
            }
            result.Add(new RegisterRange(table.Value, (int)start, (int)count));
        }
        return [.. result];
    }

    private static Measurement? ReadPoint(JsonObjectReader o, DiagnosticBag bag, DeviceMap map, bool isCounter)
    {
        string? path = isCounter ? "" : o.Text("path");
        byte table = o.Choice("table", TableOf, "input, holding", false) ?? RegisterTable.Input;
        long? register = o.Integer("register", long.MinValue, long.MaxValue);
        byte? encoding = o.Choice("type", EncodingOf, Encodings, true);
        byte order = o.Choice("word_order", OrderOf, "high_first, low_first", false) ?? WordOrder.HighFirst;
        long scale = o.Integer("scale", -30, 30, false) ?? 0;
        long exponent = o.Integer("exponent_register", 0, 65535, false) ?? -1;
        string? unit = o.Text("unit");
        if (path == null || register == null || encoding == null || unit == null) return null;
        var m = new Measurement
        {
            Path = path, Table = table, Register = (int)register, Encoding = encoding.Value, WordOrder = order,
            Scale = (int)scale, Unit = unit, ExponentRegister = (int)exponent,
        };
        if (!isCounter)
        {
            string? expected = DeviceInputs.UnitOf(path);
            if (expected == null)
            {
                bag.Add(DiagnosticCodes.DeviceUnknownPath, o.SpanOf("path"), o.PathOf("path"), path);
                return null;
            }
            if (expected != unit) bag.Add(DiagnosticCodes.DeviceWrongUnit, o.SpanOf("unit"), o.PathOf("unit"), path, expected, unit);
        }
        if (register < 0 || register + m.Words > 65536)
        {
            bag.Add(DiagnosticCodes.DeviceRegisterRange, o.SpanOf("register"), o.PathOf("register"), register.Value);
            return null;
        }
        if (encoding == RegisterEncoding.Float32 && (scale < -6 || scale > 5))
            bag.Add(DiagnosticCodes.DeviceScaleRange, o.SpanOf("scale"), o.PathOf("scale"), scale, -6, 5, "float32");
        if (m.Last - m.First + 1 > FunctionCode.MaxReadCount)
            bag.Add(DiagnosticCodes.DeviceTooWide, o.SpanOf("exponent_register"), o.PathOf("exponent_register"), m.Last - m.First + 1);
        else if (!map.IsReadable(table, m.First, m.Last))
            bag.Add(DiagnosticCodes.DeviceNotReadable, o.SpanOf("register"), o.PathOf("register"), RegisterTable.Name(table), m.First, m.Last);
        return m;
    }

    private static Counter[] ReadCounters(JsonObjectReader top, DiagnosticBag bag, DeviceMap map, List<Measurement> measurements, HashSet<string> paths)
    {
        var result = new List<Counter>();
        IReadOnlyList<JNode> items = top.Items("counters", false);
        for (int i = 0; i < items.Count; i++)
        {
            JsonObjectReader? o = top.Nested(items[i], $"counters[{i}]", CounterMembers);
            if (o == null) continue;
            long? number = o.Integer("number", long.MinValue, long.MaxValue);
            long tariff = o.Integer("tariff", long.MinValue, long.MaxValue, false) ?? 0;
            byte direction = o.Choice("direction", DirectionOf, "import, export, bidirectional, absolute", false) ?? CounterDirection.Import;
            bool resettable = o.Flag("resettable", false);
            Measurement? m = ReadPoint(o, bag, map, isCounter: true);
            if (number == null || m == null) continue;
            m.Path = DeviceInputs.CounterPath((int)number.Value);
            if (number < 1 || number > 16 || !paths.Add(m.Path))
            {
                bag.Add(DiagnosticCodes.DeviceCounterNumber, o.SpanOf("number"), o.PathOf("number"), number.Value);
                continue;
            }
            if (!DeviceInputs.IsCounterUnit(m.Unit)) bag.Add(DiagnosticCodes.DeviceCounterUnit, o.SpanOf("unit"), o.PathOf("unit"), m.Unit);
            if (tariff < 0 || tariff > 5) bag.Add(DiagnosticCodes.DeviceTariff, o.SpanOf("tariff"), o.PathOf("tariff"), tariff);
            measurements.Add(m);
            result.Add(new Counter { Number = (int)number, Tariff = (int)tariff, Direction = direction, Resettable = resettable, Value = m });
        }
        return [.. result];
    }

    private static BicomControl? ReadBicom(JsonObjectReader top, DiagnosticBag bag, DeviceMap map)
    {
        JsonObjectReader? o = top.Nested("bicom", "state_register", "control_register", "on", "off", "toggle", "notes");
        if (o == null) return null;
        long? state = o.Integer("state_register", 0, 65535);
        long? control = o.Integer("control_register", 0, 65535);
        long on = o.Integer("on", 0, 65535, false) ?? 1;
        long off = o.Integer("off", 0, 65535, false) ?? 0;
        long toggle = o.Integer("toggle", 0, 65535, false) ?? -1;
        if (state == null || control == null) return null;
        if (!map.IsReadable(RegisterTable.Holding, (int)state, (int)state))
            bag.Add(DiagnosticCodes.DeviceNotReadable, o.SpanOf("state_register"), o.PathOf("state_register"), "holding", state.Value, state.Value);
        return new BicomControl { StateRegister = (int)state, ControlRegister = (int)control, OnValue = (int)on, OffValue = (int)off, ToggleValue = (int)toggle };
    }

    private static WritableRegister[] ReadWritable(JsonObjectReader top, DiagnosticBag bag)
    {
        var result = new List<WritableRegister>();
        IReadOnlyList<JNode> items = top.Items("writable", false);
        for (int i = 0; i < items.Count; i++)
        {
            JsonObjectReader? o = top.Nested(items[i], $"writable[{i}]", "name", "register", "type", "min", "max", "notes");
            if (o == null) continue;
            string? name = o.Text("name");
            long? register = o.Integer("register", 0, 65535);
            byte? type = o.Choice("type", TypeOf, "int16, uint16, int32, uint32, float32", true);
            long? min = o.Fixed("min");
            long? max = o.Fixed("max");
            if (name == null || register == null || type == null || min == null || max == null) continue;
            var t = (RegisterType)type.Value;
            if (register + RegisterTypes.Words(t) > 65536)
            {
                bag.Add(DiagnosticCodes.DeviceRegisterRange, o.SpanOf("register"), o.PathOf("register"), register.Value);
                continue;
            }
            if (min > max || !Fits(min.Value, t) || !Fits(max.Value, t))
            {
                bag.Add(DiagnosticCodes.DeviceWritableRange, o.SpanOf("min"), o.JsonPath, Runtime.Values.Fixed.ToText(min.Value), Runtime.Values.Fixed.ToText(max.Value), RegisterTypes.Name(t));
                continue;
            }
            result.Add(new WritableRegister { Name = name, Register = (int)register, Type = t, Min = min.Value, Max = max.Value });
        }
        return [.. result];
    }

    private static CommunicationSettings? ReadCommunication(JsonObjectReader top, DiagnosticBag bag)
    {
        JsonObjectReader? o = top.Nested("communication", "address_register", "baud", "parity", "stop_bits", "notes");
        if (o == null) return null;
        return new CommunicationSettings
        {
            AddressRegister = (int)(o.Integer("address_register", 0, 65535, false) ?? -1),
            Baud = ReadSetting(o, "baud", bag, ["1200", "2400", "4800", "9600", "19200", "38400", "57600", "115200"]),
            Parity = ReadSetting(o, "parity", bag, ["none", "even", "odd"]),
            StopBits = ReadSetting(o, "stop_bits", bag, ["1", "2"]),
        };
    }

    /// <summary>{ "register": R, "values": { "9600": 3, … } } with values from the allowed list.</summary>
    private static SettingRegister? ReadSetting(JsonObjectReader parent, string name, DiagnosticBag bag, string[] allowed)
    {
        JsonObjectReader? o = parent.Nested(name, "register", "values");
        if (o == null) return null;
        long? register = o.Integer("register", 0, 65535);
        JObject? values = o.Object("values", required: true);
        if (register == null || values == null) return null;
        var setting = new SettingRegister { Register = (int)register };
        var names = new List<string>();
        var codes = new List<int>();
        var v = new JsonObjectReader(values, o.PathOf("values"), bag, allowed);
        foreach (JMember m in values.Members)
        {
            if (System.Array.IndexOf(allowed, m.Name) < 0) continue;
            long? code = v.Integer(m.Name, 0, 65535);
            if (code == null) continue;
            names.Add(m.Name);
            codes.Add((int)code);
        }
        setting.Values = [.. names];
        setting.Codes = [.. codes];
        return setting;
    }

    private static bool Fits(long micro, RegisterType type) => RegisterEncoder.Encode(micro, type, WordOrder.HighFirst, new ushort[2], 0);

    private static (bool, byte) TableOf(string s) => (RegisterTable.TryParse(s, out byte v), v);
    private static (bool, byte) EncodingOf(string s) => (RegisterEncoding.TryParse(s, out byte v), v);
    private static (bool, byte) OrderOf(string s) => (WordOrder.TryParse(s, out byte v), v);
    private static (bool, byte) DirectionOf(string s) => (CounterDirection.TryParse(s, out byte v), v);
    private static (bool, byte) TypeOf(string s) => (RegisterTypes.TryParse(s, out RegisterType v), (byte)v);
}
