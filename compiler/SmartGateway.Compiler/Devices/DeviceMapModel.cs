using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;

namespace SmartGateway.Compiler.Devices;

/// <summary>A value as written and where: what the checker reports problems at.</summary>
public readonly record struct Spanned<T>(T Value, SourceSpan Span);

/// <summary>
/// A device map as written, before checking: what both front ends (JSON and the .sgd DSL) fill and
/// what <see cref="DeviceMapChecker"/> turns into the runtime's tables, so a map means the same
/// whichever way it is written. Defaults are already applied; <c>Where</c> names an entry in messages
/// (<c>measurements[2]</c>) the same way for both.
/// </summary>
public sealed class DeviceMapModel
{
    public Spanned<string>? Model { get; set; }
    public List<Spanned<string>>? Matches { get; set; }
    public List<string> Notes { get; } = [];
    public Identification? Ids { get; set; }
    public List<RangeEntry> Readable { get; } = [];
    public List<PointEntry> Measurements { get; } = [];
    public List<PointEntry> Counters { get; } = [];
    public BicomEntry? Bicom { get; set; }
    public List<WritableEntry> Writable { get; } = [];
    public CommunicationEntry? Communication { get; set; }

    public sealed record Identification(Spanned<long>? ModelRegister, Spanned<long>? ModelWords, Spanned<long>? SerialRegister, Spanned<long>? SerialWords);

    public sealed record RangeEntry(string Where, SourceSpan Span, byte Table, Spanned<long> Start, Spanned<long> Count, string? Note);

    /// <summary>A measurement, or a counter when <see cref="Number"/> is set.</summary>
    public sealed record PointEntry(string Where, SourceSpan Span, Spanned<string> Path, byte Table, Spanned<long> Register, byte Type, Spanned<string> Unit)
    {
        public byte WordOrder { get; init; } = Runtime.Modbus.WordOrder.HighFirst;
        public Spanned<long>? Scale { get; init; }
        public Spanned<long>? ExponentRegister { get; init; }
        public Spanned<long>? Number { get; init; }
        public Spanned<long>? Tariff { get; init; }
        public byte Direction { get; init; } = CounterDirection.Import;
        public bool Resettable { get; init; }
        public string? Note { get; init; }
    }

    public sealed record BicomEntry(string Where, Spanned<long> StateRegister, Spanned<long> ControlRegister, Spanned<long>? On, Spanned<long>? Off, Spanned<long>? Toggle, string? Note);

    public sealed record WritableEntry(string Where, SourceSpan Span, string Name, Spanned<long> Register, byte Type, Spanned<long> Min, Spanned<long> Max, string? Note);

    public sealed record CommunicationEntry(string Where, Spanned<long>? AddressRegister, Setting? Baud, Setting? Parity, Setting? StopBits, string? Note);

    /// <summary>A setting register and its codes by value name ("9600" → 3), in the order written.</summary>
    public sealed record Setting(string Where, Spanned<long> Register, List<(Spanned<string> Name, Spanned<long> Code)> Values);

    /// <summary>The value names each setting allows.</summary>
    public static readonly string[] Bauds = ["1200", "2400", "4800", "9600", "19200", "38400", "57600", "115200"];
    public static readonly string[] Parities = ["none", "even", "odd"];
    public static readonly string[] StopBitCounts = ["1", "2"];
}
