using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;
using SmartGateway.Runtime.Values;
using static SmartGateway.Compiler.Devices.DeviceMapModel;

namespace SmartGateway.Compiler.Devices;

/// <summary>
/// <see cref="DeviceMapModel"/> → the runtime's <see cref="DeviceMap"/> tables, with every SG40xx check.
/// Both front ends end here, so JSON and DSL maps are checked and built by the same code.
/// </summary>
public static class DeviceMapChecker
{
    /// <summary>The tables, or null when the model (or anything reported before) has an error.</summary>
    public static DeviceMap? Check(DeviceMapModel model, DiagnosticBag bag, int errorsBefore)
    {
        var map = new DeviceMap { Model = "" };
        if (model.Model is { } name)
        {
            if (name.Value.Trim().Length == 0) bag.Add(DiagnosticCodes.DeviceEmptyText, name.Span, "model", "model");
            else map.Model = name.Value;
        }
        map.Matches = model.Matches == null ? [map.Model] : [.. model.Matches.Select(m => m.Value)];
        if (model.Ids is { } ids)
        {
            map.ModelRegister = (int)(InRange(ids.ModelRegister, "identification.model_register", 0, 65535, bag) ?? map.ModelRegister);
            map.ModelWords = (int)(InRange(ids.ModelWords, "identification.model_words", 1, 32, bag) ?? map.ModelWords);
            map.SerialRegister = (int)(InRange(ids.SerialRegister, "identification.serial_register", 0, 65535, bag) ?? map.SerialRegister);
            map.SerialWords = (int)(InRange(ids.SerialWords, "identification.serial_words", 1, 32, bag) ?? map.SerialWords);
        }
        var ranges = new List<RegisterRange>();
        foreach (RangeEntry r in model.Readable)
        {
            if (r.Start.Value < 0 || r.Count.Value < 1 || r.Start.Value + r.Count.Value > 65536) bag.Add(DiagnosticCodes.DeviceBadRange, r.Span, r.Where);
            else ranges.Add(new RegisterRange(r.Table, (int)r.Start.Value, (int)r.Count.Value));
        }
        map.Readable = [.. ranges];
        var measurements = new List<Measurement>();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (PointEntry p in model.Measurements)
        {
            Measurement? m = Point(p, bag, map, isCounter: false);
            if (m == null) continue;
            if (!paths.Add(m.Path)) bag.Add(DiagnosticCodes.DeviceDuplicatePath, p.Path.Span, p.Where + ".path", m.Path);
            measurements.Add(m);
        }
        map.Counters = Counters(model, bag, map, measurements, paths);
        map.Measurements = [.. measurements];
        map.Bicom = Bicom(model.Bicom, bag, map);
        map.Writable = Writable(model, bag);
        map.Communication = Communication(model.Communication, bag);
        return bag.ErrorCount > errorsBefore ? null : map;
    }

    private static long? InRange(Spanned<long>? value, string where, long min, long max, DiagnosticBag bag)
    {
        if (value is not { } v) return null;
        if (v.Value >= min && v.Value <= max) return v.Value;
        bag.Add(DiagnosticCodes.DeviceValueRange, v.Span, where, v.Value, min, max);
        return null;
    }

    private static Measurement? Point(PointEntry p, DiagnosticBag bag, DeviceMap map, bool isCounter)
    {
        long register = p.Register.Value;
        long scale = InRange(p.Scale, p.Where + ".scale", -30, 30, bag) ?? 0;
        long exponent = InRange(p.ExponentRegister, p.Where + ".exponent_register", 0, 65535, bag) ?? -1;
        var m = new Measurement
        {
            Path = p.Path.Value, Table = p.Table, Register = (int)Math.Max(int.MinValue, Math.Min(int.MaxValue, register)), Encoding = p.Type,
            WordOrder = p.WordOrder, Scale = (int)scale, Unit = p.Unit.Value, ExponentRegister = (int)exponent,
        };
        if (!isCounter)
        {
            string? expected = DeviceInputs.UnitOf(m.Path);
            if (expected == null)
            {
                bag.Add(DiagnosticCodes.DeviceUnknownPath, p.Path.Span, p.Where + ".path", m.Path);
                return null;
            }
            if (expected != m.Unit) bag.Add(DiagnosticCodes.DeviceWrongUnit, p.Unit.Span, p.Where + ".unit", m.Path, expected, m.Unit);
        }
        if (register < 0 || register + m.Words > 65536)
        {
            bag.Add(DiagnosticCodes.DeviceRegisterRange, p.Register.Span, p.Where + ".register", register);
            return null;
        }
        if (p.Type == RegisterEncoding.Float32 && (scale < -6 || scale > 5))
            bag.Add(DiagnosticCodes.DeviceScaleRange, p.Scale!.Value.Span, p.Where + ".scale", scale, -6, 5, "float32");
        if (m.Last - m.First + 1 > FunctionCode.MaxReadCount)
            bag.Add(DiagnosticCodes.DeviceTooWide, p.ExponentRegister?.Span ?? p.Span, p.Where + ".exponent_register", m.Last - m.First + 1);
        else if (!map.IsReadable(m.Table, m.First, m.Last))
            bag.Add(DiagnosticCodes.DeviceNotReadable, p.Register.Span, p.Where + ".register", RegisterTable.Name(m.Table), m.First, m.Last);
        return m;
    }

    private static Counter[] Counters(DeviceMapModel model, DiagnosticBag bag, DeviceMap map, List<Measurement> measurements, HashSet<string> paths)
    {
        var result = new List<Counter>();
        foreach (PointEntry p in model.Counters)
        {
            Measurement? m = Point(p, bag, map, isCounter: true);
            Spanned<long> number = p.Number!.Value;
            long tariff = p.Tariff?.Value ?? 0;
            if (m == null) continue;
            m.Path = number.Value is >= 1 and <= 16 ? DeviceInputs.CounterPath((int)number.Value) : "";
            if (m.Path.Length == 0 || !paths.Add(m.Path))
            {
                bag.Add(DiagnosticCodes.DeviceCounterNumber, number.Span, p.Where + ".number", number.Value);
                continue;
            }
            if (!DeviceInputs.IsCounterUnit(m.Unit)) bag.Add(DiagnosticCodes.DeviceCounterUnit, p.Unit.Span, p.Where + ".unit", m.Unit);
            if (tariff < 0 || tariff > 5) bag.Add(DiagnosticCodes.DeviceTariff, p.Tariff!.Value.Span, p.Where + ".tariff", tariff);
            measurements.Add(m);
            result.Add(new Counter { Number = (int)number.Value, Tariff = (int)tariff, Direction = p.Direction, Resettable = p.Resettable, Value = m });
        }
        return [.. result];
    }

    private static BicomControl? Bicom(BicomEntry? b, DiagnosticBag bag, DeviceMap map)
    {
        if (b == null) return null;
        long? state = InRange(b.StateRegister, "bicom.state_register", 0, 65535, bag);
        long? control = InRange(b.ControlRegister, "bicom.control_register", 0, 65535, bag);
        long on = InRange(b.On, "bicom.on", 0, 65535, bag) ?? 1;
        long off = InRange(b.Off, "bicom.off", 0, 65535, bag) ?? 0;
        long toggle = InRange(b.Toggle, "bicom.toggle", 0, 65535, bag) ?? -1;
        if (state == null || control == null) return null;
        if (!map.IsReadable(RegisterTable.Holding, (int)state, (int)state))
            bag.Add(DiagnosticCodes.DeviceNotReadable, b.StateRegister.Span, "bicom.state_register", "holding", state.Value, state.Value);
        return new BicomControl { StateRegister = (int)state, ControlRegister = (int)control, OnValue = (int)on, OffValue = (int)off, ToggleValue = (int)toggle };
    }

    private static WritableRegister[] Writable(DeviceMapModel model, DiagnosticBag bag)
    {
        var result = new List<WritableRegister>();
        foreach (WritableEntry w in model.Writable)
        {
            var t = (RegisterType)w.Type;
            long register = w.Register.Value;
            if (register < 0 || register + RegisterTypes.Words(t) > 65536)
            {
                bag.Add(DiagnosticCodes.DeviceRegisterRange, w.Register.Span, w.Where + ".register", register);
                continue;
            }
            long min = w.Min.Value, max = w.Max.Value;
            if (min > max || !Fits(min, t) || !Fits(max, t))
            {
                bag.Add(DiagnosticCodes.DeviceWritableRange, w.Min.Span, w.Where, Fixed.ToText(min), Fixed.ToText(max), RegisterTypes.Name(t));
                continue;
            }
            result.Add(new WritableRegister { Name = w.Name, Register = (int)register, Type = t, Min = min, Max = max });
        }
        return [.. result];
    }

    private static CommunicationSettings? Communication(CommunicationEntry? c, DiagnosticBag bag)
    {
        if (c == null) return null;
        return new CommunicationSettings
        {
            AddressRegister = (int)(InRange(c.AddressRegister, "communication.address_register", 0, 65535, bag) ?? -1),
            Baud = Setting(c.Baud, bag, Bauds),
            Parity = Setting(c.Parity, bag, Parities),
            StopBits = Setting(c.StopBits, bag, StopBitCounts),
        };
    }

    private static SettingRegister? Setting(Setting? s, DiagnosticBag bag, string[] allowed)
    {
        if (s == null) return null;
        long? register = InRange(s.Register, s.Where + ".register", 0, 65535, bag);
        var names = new List<string>();
        var codes = new List<int>();
        foreach ((Spanned<string> name, Spanned<long> code) in s.Values)
        {
            if (Array.IndexOf(allowed, name.Value) < 0)
            {
                bag.Add(DiagnosticCodes.DeviceSettingName, name.Span, s.Where, name.Value, string.Join(", ", allowed));
                continue;
            }
            if (InRange(code, s.Where + "." + name.Value, 0, 65535, bag) is not { } value) continue;
            names.Add(name.Value);
            codes.Add((int)value);
        }
        return register == null ? null : new SettingRegister { Register = (int)register, Values = [.. names], Codes = [.. codes] };
    }

    private static bool Fits(long micro, RegisterType type) => RegisterEncoder.Encode(micro, type, WordOrder.HighFirst, new ushort[2], 0);
}
