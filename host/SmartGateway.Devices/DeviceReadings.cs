using SmartGateway.Runtime.Inputs;

namespace SmartGateway.Devices;

/// <summary>A value as the rule engine sees it: micro-units and whether it is valid (a fresh, checked read).</summary>
public readonly record struct DeviceReading(long Value, bool Valid, DateTime UpdatedUtc)
{
    public static readonly DeviceReading Unknown = new(0, false, DateTime.MinValue);
}

/// <summary>
/// The latest reading of every device input by its docs/FORMATS.md path ("rs485.33.P", "ir.left.U.L1",
/// "rs485.1.counter.2"). Pollers write by path; the rule engine's <see cref="InputBinding"/> resolves each path of
/// an image to a cell once and reads cells by index every tick, comparing no strings and allocating nothing.
/// "IF.P.total" is the same input as "IF.P". A path never read is Unknown.
/// </summary>
/// <remarks>
/// Writers take a lock; the tick reads without one. A writer stores the value before it marks the cell valid and a
/// reader looks at validity first, so a tick never sees a value that was not valid at some moment of that tick.
/// Cells only grow: a path, once resolved, keeps its cell.
/// </remarks>
public sealed class DeviceReadings : IInputResolver, IReadingCells
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _cells = new(StringComparer.Ordinal);
    private Cells _store = new(64);

    public void Set(string path, long micro)
    {
        lock (_gate)
        {
            int cell = CellOf(path);
            Cells store = _store;
            store.Values[cell] = micro;
            store.Updated[cell] = DateTime.UtcNow;
            Volatile.Write(ref store.Valid[cell], true);
        }
    }

    /// <summary>Marks a path Unknown, keeping its last value for display.</summary>
    public void Invalidate(string path)
    {
        lock (_gate)
        {
            int cell = CellOf(path); // first: making the cell may replace the store
            Volatile.Write(ref _store.Valid[cell], false);
        }
    }

    public DeviceReading Get(string path)
    {
        lock (_gate)
        {
            if (!_cells.TryGetValue(Canonical(path), out int cell)) return DeviceReading.Unknown;
            Cells store = _store;
            return new DeviceReading(store.Values[cell], store.Valid[cell], store.Updated[cell]);
        }
    }

    /// <summary>Every path gets a cell, read or not: a device that appears later fills the cell an image already reads.</summary>
    public IReadingCells Resolve(string path, out int cell)
    {
        lock (_gate) cell = CellOf(path);
        return this;
    }

    public bool IsValid(int cell) => Volatile.Read(ref Volatile.Read(ref _store).Valid[cell]);

    public long Value(int cell) => Volatile.Read(ref _store).Values[cell];

    /// <summary>The cell of a path, made on first use (under the lock).</summary>
    private int CellOf(string path)
    {
        path = Canonical(path);
        if (_cells.TryGetValue(path, out int cell)) return cell;
        cell = _cells.Count;
        if (cell == _store.Values.Length) Volatile.Write(ref _store, _store.Grown());
        _cells.Add(path, cell);
        return cell;
    }

    private static string Canonical(string path) => path.EndsWith(".total", StringComparison.Ordinal) ? path[..^6] : path;

    /// <summary>Parallel arrays, replaced as a whole when they grow so a reader never pairs arrays of two sizes.</summary>
    private sealed class Cells(int capacity)
    {
        public readonly long[] Values = new long[capacity];
        public readonly bool[] Valid = new bool[capacity];
        public readonly DateTime[] Updated = new DateTime[capacity];

        public Cells Grown()
        {
            var grown = new Cells(Values.Length * 2);
            Array.Copy(Values, grown.Values, Values.Length);
            Array.Copy(Valid, grown.Valid, Valid.Length);
            Array.Copy(Updated, grown.Updated, Updated.Length);
            return grown;
        }
    }
}
