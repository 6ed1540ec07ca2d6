using System.Globalization;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;
using SmartGateway.Runtime.Values;
using static SmartGateway.Compiler.Devices.DeviceMapModel;

namespace SmartGateway.Compiler.Devices;

/// <summary>
/// Fills a <see cref="DeviceMapModel"/> from parsed DSL statements: numbers and words become values,
/// each problem reported at its token. Entries are named like the JSON members (measurements[2]), so
/// messages read the same for both front ends.
/// </summary>
internal sealed class DeviceMapBuilder(string path, DiagnosticBag bag)
{
    private readonly Dictionary<string, SourceSpan> _seen = new(StringComparer.Ordinal);

    public DeviceMapModel Model { get; } = new();

    public DeviceMapModel Finish()
    {
        if (Model.Model == null) bag.Add(DiagnosticCodes.DeviceMissingModel, SourceSpan.None(path));
        return Model;
    }

    public void SetModel(Spanned<string> name, SourceSpan at)
    {
        if (Once("model", at)) Model.Model = name;
    }

    public void SetMatches(List<Spanned<string>> matches, SourceSpan at)
    {
        if (!Once("matches", at)) return;
        foreach (Spanned<string> m in matches.Where(m => m.Value.Length == 0)) bag.Add(DiagnosticCodes.DeviceEmptyText, m.Span, "matches", "matches");
        Model.Matches = [.. matches.Where(m => m.Value.Length > 0)];
    }

    public void SetIdentification(Spanned<string>? modelRegister, Spanned<string>? modelWords, Spanned<string>? serialRegister, Spanned<string>? serialWords, SourceSpan at)
    {
        if (Once("identification", at))
            Model.Ids = new Identification(Int(modelRegister, "identification"), Int(modelWords, "identification"), Int(serialRegister, "identification"), Int(serialWords, "identification"));
    }

    public void AddRange(SourceSpan at, byte table, Spanned<string> start, Spanned<string> count, string? note)
    {
        string where = $"readable[{Model.Readable.Count}]";
        if (Int(start, where) is { } s && Int(count, where) is { } c) Model.Readable.Add(new RangeEntry(where, at, table, s, c, note));
    }

    public void AddMeasurement(SourceSpan at, Spanned<string> pathName, PointSyntax point, string? note)
    {
        string where = $"measurements[{Model.Measurements.Count}]";
        if (Point(at, where, pathName, point, note) is { } entry) Model.Measurements.Add(entry);
    }

    public void AddCounter(SourceSpan at, Spanned<string> number, PointSyntax point, Spanned<string>? tariff, string? direction, bool resettable, string? note)
    {
        string where = $"counters[{Model.Counters.Count}]";
        Spanned<long>? n = Int(number, where);
        Spanned<long>? t = Int(tariff, where);
        byte d = CounterDirection.Import;
        if (direction != null) CounterDirection.TryParse(direction, out d);
        if (n == null || Point(at, where, new Spanned<string>("", at), point, note) is not { } entry) return;
        Model.Counters.Add(entry with { Number = n, Tariff = t, Direction = d, Resettable = resettable });
    }

    public void SetBicom(SourceSpan at, Spanned<string> state, Spanned<string> control, Spanned<string>? on, Spanned<string>? off, Spanned<string>? toggle, string? note)
    {
        if (!Once("bicom", at)) return;
        if (Int(state, "bicom") is { } s && Int(control, "bicom") is { } c)
            Model.Bicom = new BicomEntry("bicom", s, c, Int(on, "bicom"), Int(off, "bicom"), Int(toggle, "bicom"), note);
    }

    public void AddWritable(SourceSpan at, string name, Spanned<string> register, Spanned<string> type, Spanned<string> min, Spanned<string> max, string? note)
    {
        string where = $"writable[{Model.Writable.Count}]";
        Spanned<long>? r = Int(register, where);
        bool typeOk = RegisterTypes.TryParse(type.Value, out RegisterType t);
        if (!typeOk) bag.Add(DiagnosticCodes.DeviceSyntax, type.Span, $"\"{type.Value}\" is not a register type (int16, uint16, int32, uint32, float32)");
        Spanned<long>? lo = FixedValue(min, where), hi = FixedValue(max, where);
        if (r != null && typeOk && lo != null && hi != null) Model.Writable.Add(new WritableEntry(where, at, name, r.Value, (byte)t, lo.Value, hi.Value, note));
    }

    public void SetCommunication(SourceSpan at, Spanned<string>? address,
        (Spanned<string> Register, IEnumerable<SettingSyntax> Values)? baud,
        (Spanned<string> Register, IEnumerable<SettingSyntax> Values)? parity,
        (Spanned<string> Register, IEnumerable<SettingSyntax> Values)? stopBits, string? note)
    {
        if (!Once("communication", at)) return;
        Model.Communication = new CommunicationEntry("communication", Int(address, "communication"),
            Setting("communication.baud", baud), Setting("communication.parity", parity), Setting("communication.stop_bits", stopBits), note);
    }

    private Setting? Setting(string where, (Spanned<string> Register, IEnumerable<SettingSyntax> Values)? syntax)
    {
        if (syntax is not { } s || Int(s.Register, where) is not { } register) return null;
        var values = new List<(Spanned<string>, Spanned<long>)>();
        foreach (SettingSyntax v in s.Values)
        {
            if (Int(v.Code, where) is { } code) values.Add((v.Name, code));
        }
        return new Setting(where, register, values);
    }

    private PointEntry? Point(SourceSpan at, string where, Spanned<string> pathName, PointSyntax p, string? note)
    {
        Spanned<long>? register = Int(p.Register, where);
        bool typeOk = RegisterEncoding.TryParse(p.Type.Value, out byte type);
        if (!typeOk) bag.Add(DiagnosticCodes.DeviceSyntax, p.Type.Span, $"\"{p.Type.Value}\" is not a value type (int16, uint16, int32, uint32, float32, t5, t6, t7, t16, t17)");
        Spanned<long>? scale = Int(p.Scale, where), exponent = Int(p.Exponent, where);
        if (register == null || !typeOk) return null;
        return new PointEntry(where, at, pathName, p.Table, register.Value, type, p.Unit)
        {
            WordOrder = p.Order == "low_first" ? WordOrder.LowFirst : WordOrder.HighFirst, Scale = scale, ExponentRegister = exponent, Note = note,
        };
    }

    /// <summary>A statement that may appear once; a repeat is reported at the repeat.</summary>
    private bool Once(string keyword, SourceSpan at)
    {
        if (_seen.TryGetValue(keyword, out SourceSpan first))
        {
            bag.Add(DiagnosticCodes.DeviceRepeated, at, keyword, $"({first.Line},{first.Column})");
            return false;
        }
        _seen[keyword] = at;
        return true;
    }

    private Spanned<long>? Int(Spanned<string>? text, string where)
    {
        if (text is not { } t) return null;
        if (long.TryParse(t.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v)) return new Spanned<long>(v, t.Span);
        bag.Add(DiagnosticCodes.DeviceSyntax, t.Span, $"{where}: {t.Value} is not a whole number");
        return null;
    }

    private Spanned<long>? FixedValue(Spanned<string> text, string where)
    {
        if (Fixed.TryParse(text.Value, out long v)) return new Spanned<long>(v, text.Span);
        bag.Add(DiagnosticCodes.DeviceBadNumber, text.Span, where, text.Value);
        return null;
    }
}
