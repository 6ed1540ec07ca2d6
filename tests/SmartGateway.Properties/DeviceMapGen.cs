using FsCheck;
using FsCheck.Fluent;
using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;
using SmartGateway.Runtime.Values;
using static SmartGateway.Compiler.Devices.DeviceMapModel;

namespace SmartGateway.Properties;

/// <summary>
/// Random valid device maps: every statement and option, texts with quotes, backslashes and non-ASCII,
/// registers inside two wide readable ranges so every map passes the checker.
/// </summary>
public static class DeviceMapGen
{
    private static readonly SourceSpan Here = new("gen", 1, 1);

    private static readonly (string Path, string Unit)[] Paths =
        [("U.L1", "V"), ("U.L3", "V"), ("I.L2", "A"), ("P", "W"), ("P.L1", "W"), ("Q", "var"), ("S.L3", "VA"), ("PF", "1"),
         ("angle.L2", "°"), ("thdU.L1", "%"), ("thdI.L3", "%"), ("f", "Hz"), ("temp", "°C")];

    private static Spanned<T> S<T>(T value) => new(value, Here);

    private static readonly Gen<string> Text =
        Gen.Elements("meter", "a \"quoted\" note", "back\\slash", "50 °C, 3 %", "two\nlines", "tab\there", "Ž").ListOf()
            .Select(parts => string.Join(" ", parts));

    private static readonly Gen<string?> OptionalText = Gen.OneOf(Gen.Constant((string?)null), Text.Select(t => (string?)t));

    private static Gen<Spanned<long>?> Optional(Gen<long> gen) =>
        Gen.OneOf(Gen.Constant((Spanned<long>?)null), gen.Select(v => (Spanned<long>?)S(v)));

    private static Gen<PointEntry> Point(string entry, string path, string unit, bool counter) =>
        from type in Gen.Choose(0, RegisterEncoding.Count - 1).Select(t => (byte)t)
        from register in Gen.Choose(0, 9000)
        from low in Gen.Elements(WordOrder.HighFirst, WordOrder.LowFirst)
        from scale in type == RegisterEncoding.Float32 ? Gen.Choose(-6, 5) : Gen.Choose(-30, 30)
        from hasScale in Gen.Elements(true, false)
        from exponent in Optional(Gen.Choose(register + 2, register + 100).Select(r => (long)r))
        from table in counter ? Gen.Constant(RegisterTable.Input) : Gen.Elements(RegisterTable.Input, RegisterTable.Holding)
        from note in OptionalText
        select new PointEntry(entry, Here, S(path), table, S((long)(table == RegisterTable.Holding ? register % 900 : register)), type, S(unit))
        {
            WordOrder = low, Scale = hasScale ? S((long)scale) : null, ExponentRegister = table == RegisterTable.Holding ? null : exponent, Note = note,
        };

    private static Gen<PointEntry> Counter(int index, int number) =>
        from p in Point($"counters[{index}]", "", "Wh", counter: true)
        from unit in Gen.Elements("Wh", "varh", "VAh")
        from tariff in Optional(Gen.Choose(0, 5).Select(t => (long)t))
        from direction in Gen.Elements(CounterDirection.Import, CounterDirection.Export, CounterDirection.Bidirectional, CounterDirection.Absolute)
        from resettable in Gen.Elements(true, false)
        select p with { Unit = S(unit), Number = S((long)number), Tariff = tariff, Direction = direction, Resettable = resettable };

    private static Gen<Setting?> Setting(string entry, string[] names) =>
        Gen.OneOf(Gen.Constant((Setting?)null),
            from register in Gen.Choose(0, 65535)
            from chosen in Gen.SubListOf(names).Where(l => l.Count > 0)
            from codes in Gen.Choose(0, 65535).ListOf(chosen.Count)
            select (Setting?)new Setting(entry, S((long)register), [.. chosen.Zip(codes, (n, c) => (S(n), S((long)c)))]));

    private static readonly Gen<WritableEntry> Writable =
        from name in Text
        from type in Gen.Elements(RegisterType.Int16, RegisterType.UInt16, RegisterType.Int32, RegisterType.Float32)
        from a in Gen.Choose(0, 30000)
        from b in Gen.Choose(0, 30000)
        from register in Gen.Choose(0, 65534)
        from note in OptionalText
        let scale = type == RegisterType.Float32 ? Fixed.Scale / 100 : Fixed.Scale
        select new WritableEntry("writable", Here, name, S((long)register), (byte)type, S(Math.Min(a, b) * scale), S(Math.Max(a, b) * scale), note);

    public static Gen<DeviceMapModel> Map() =>
        from model in Text.Where(t => t.Trim().Length > 0)
        from matches in Gen.OneOf(Gen.Constant((List<string>?)null), Text.Where(t => t.Length > 0).NonEmptyListOf().Select(l => (List<string>?)[.. l]))
        from notes in Text.ListOf()
        from ids in Gen.OneOf(Gen.Constant((Identification?)null),
            from mr in Optional(Gen.Choose(0, 65535).Select(v => (long)v)) from mw in Optional(Gen.Choose(1, 32).Select(v => (long)v))
            from sr in Optional(Gen.Choose(0, 65535).Select(v => (long)v)) from sw in Optional(Gen.Choose(1, 32).Select(v => (long)v))
            select (Identification?)new Identification(mr, mw, sr, sw))
        from paths in Gen.SubListOf(Paths)
        from measurements in Gen.CollectToList(paths.Select((p, i) => Point($"measurements[{i}]", p.Path, p.Unit, counter: false)))
        from numbers in Gen.SubListOf(Enumerable.Range(1, 16).ToArray())
        from counters in Gen.CollectToList(numbers.Select((n, i) => Counter(i, n)))
        from bicom in Gen.OneOf(Gen.Constant((BicomEntry?)null),
            from state in Gen.Choose(0, 999) from control in Gen.Choose(0, 65535)
            from onValue in Optional(Gen.Choose(0, 65535).Select(v => (long)v)) from offValue in Optional(Gen.Choose(0, 65535).Select(v => (long)v))
            from toggle in Optional(Gen.Choose(0, 65535).Select(v => (long)v)) from note in OptionalText
            select (BicomEntry?)new BicomEntry("bicom", S((long)state), S((long)control), onValue, offValue, toggle, note))
        from writable in Writable.ListOf()
        from communication in Gen.OneOf(Gen.Constant((CommunicationEntry?)null),
            from address in Optional(Gen.Choose(0, 65535).Select(v => (long)v))
            from baud in Setting("communication.baud", Bauds) from parity in Setting("communication.parity", Parities)
            from stop in Setting("communication.stop_bits", StopBitCounts) from note in OptionalText
            select (CommunicationEntry?)new CommunicationEntry("communication", address, baud, parity, stop, note))
        from rangeNote in OptionalText
        select Build(model, matches, notes, ids, measurements, counters, bicom, writable, communication, rangeNote);

    private static DeviceMapModel Build(string model, List<string>? matches, IList<string> notes, Identification? ids, IList<PointEntry> measurements,
        IList<PointEntry> counters, BicomEntry? bicom, IList<WritableEntry> writable, CommunicationEntry? communication, string? rangeNote)
    {
        var m = new DeviceMapModel { Model = S(model), Matches = matches?.Select(S).ToList(), Ids = ids, Bicom = bicom, Communication = communication };
        m.Notes.AddRange(notes);
        m.Readable.Add(new RangeEntry("readable[0]", Here, RegisterTable.Input, S(0L), S(10000L), rangeNote));
        m.Readable.Add(new RangeEntry("readable[1]", Here, RegisterTable.Holding, S(0L), S(1000L), null));
        m.Measurements.AddRange(measurements);
        m.Counters.AddRange(counters);
        m.Writable.AddRange(writable);
        return m;
    }
}
