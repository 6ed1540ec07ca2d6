using System.Collections.Concurrent;
using SmartGateway.Runtime.Execution;

namespace SmartGateway.Devices;

/// <summary>A value as the rule engine sees it: micro-units and whether it is valid (a fresh, checked read).</summary>
public readonly record struct DeviceReading(long Value, bool Valid, DateTime UpdatedUtc)
{
    public static readonly DeviceReading Unknown = new(0, false, DateTime.MinValue);
}

/// <summary>
/// The latest reading of every device input by its docs/FORMATS.md path ("rs485.33.P", "ir.left.U.L1",
/// "rs485.1.counter.2"). Pollers write; the rule engine takes a <see cref="Snapshot"/> each tick.
/// "IF.P.total" is the same input as "IF.P". A path never read is Unknown.
/// </summary>
public sealed class DeviceReadings
{
    private readonly ConcurrentDictionary<string, DeviceReading> _values = new(StringComparer.Ordinal);

    public void Set(string path, long micro) => _values[path] = new DeviceReading(micro, true, DateTime.UtcNow);

    /// <summary>Marks a path Unknown, keeping its last value for display.</summary>
    public void Invalidate(string path) =>
        _values.AddOrUpdate(path, _ => DeviceReading.Unknown, (_, old) => old with { Valid = false });

    public DeviceReading Get(string path) => _values.TryGetValue(Canonical(path), out DeviceReading r) ? r : DeviceReading.Unknown;

    /// <summary>A consistent copy for one tick.</summary>
    public IReadOnlyDictionary<string, DeviceReading> Snapshot() => new Dictionary<string, DeviceReading>(_values, StringComparer.Ordinal);

    /// <summary>
    /// Fills a tick's snapshot for an image's input table (Image.Inputs): device paths get their reading,
    /// paths this store has never seen stay invalid. Other sources (time, tariff, pulse) fill theirs after.
    /// </summary>
    public void Fill(string[] inputs, Snapshot snapshot)
    {
        for (int i = 0; i < inputs.Length; i++)
        {
            DeviceReading r = Get(inputs[i]);
            if (r.Valid) snapshot.Set(i, r.Value);
            else snapshot.SetInvalid(i);
        }
    }

    private static string Canonical(string path) => path.EndsWith(".total", StringComparison.Ordinal) ? path[..^6] : path;
}
