namespace SmartGateway.Compiler.Devices;

/// <summary>
/// The measurement paths of docs/FORMATS.md's input table below an interface (IF.U.L1 → "U.L1") and the
/// unit each is measured in. Totals are spelled without ".total" in maps.
/// </summary>
public static class DeviceInputs
{
    private static readonly Dictionary<string, string> PhaseQuantities = new(StringComparer.Ordinal)
    {
        ["U"] = "V", ["I"] = "A", ["P"] = "W", ["Q"] = "var", ["S"] = "VA",
        ["PF"] = "1", ["angle"] = "°", ["thdU"] = "%", ["thdI"] = "%",
    };

    private static readonly Dictionary<string, string> Totals = new(StringComparer.Ordinal)
    {
        ["P"] = "W", ["Q"] = "var", ["S"] = "VA", ["PF"] = "1", ["angle"] = "°", ["f"] = "Hz", ["temp"] = "°C",
    };

    /// <summary>The unit of a measurement path, or null when it is not one.</summary>
    public static string? UnitOf(string path)
    {
        if (Totals.TryGetValue(path, out string? unit)) return unit;
        int dot = path.IndexOf('.');
        if (dot <= 0) return null;
        string quantity = path[..dot];
        string rest = path[(dot + 1)..];
        if (rest is "L1" or "L2" or "L3" && PhaseQuantities.TryGetValue(quantity, out unit)) return unit;
        return null;
    }

    /// <summary>Counter N's path, "counter.N".</summary>
    public static string CounterPath(int number) => "counter." + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsCounterUnit(string unit) => unit is "Wh" or "varh" or "VAh";
}
