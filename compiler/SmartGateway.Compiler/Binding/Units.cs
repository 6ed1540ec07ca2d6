namespace SmartGateway.Compiler.Binding;

/// <summary>
/// Unit symbols the rule languages accept, each with its dimension and its size in the base unit
/// (W, var, VA, Wh, V, A, Hz, °C, %, °, s). Values are stored in the base unit, so "10 kW" is 10000.
/// </summary>
public static class Units
{
    public sealed record Unit(string Symbol, Dimension Dimension, decimal Factor);

    private static readonly Unit[] All =
    [
        new("V", Dimension.Voltage, 1m), new("kV", Dimension.Voltage, 1000m), new("mV", Dimension.Voltage, 0.001m),
        new("A", Dimension.Current, 1m), new("kA", Dimension.Current, 1000m), new("mA", Dimension.Current, 0.001m),
        new("W", Dimension.ActivePower, 1m), new("kW", Dimension.ActivePower, 1000m), new("MW", Dimension.ActivePower, 1000000m),
        new("var", Dimension.ReactivePower, 1m), new("kvar", Dimension.ReactivePower, 1000m), new("Mvar", Dimension.ReactivePower, 1000000m),
        new("VAr", Dimension.ReactivePower, 1m), new("kVAr", Dimension.ReactivePower, 1000m),
        new("VA", Dimension.ApparentPower, 1m), new("kVA", Dimension.ApparentPower, 1000m), new("MVA", Dimension.ApparentPower, 1000000m),
        new("Wh", Dimension.Energy, 1m), new("kWh", Dimension.Energy, 1000m), new("MWh", Dimension.Energy, 1000000m),
        new("varh", Dimension.Energy, 1m), new("kvarh", Dimension.Energy, 1000m), new("Mvarh", Dimension.Energy, 1000000m),
        new("VAh", Dimension.Energy, 1m), new("kVAh", Dimension.Energy, 1000m), new("MVAh", Dimension.Energy, 1000000m),
        new("Hz", Dimension.Frequency, 1m),
        new("°C", Dimension.Temperature, 1m), new("degC", Dimension.Temperature, 1m),
        new("%", Dimension.Percent, 1m),
        new("°", Dimension.Angle, 1m), new("deg", Dimension.Angle, 1m),
        new("s", Dimension.Duration, 1m), new("min", Dimension.Duration, 60m), new("h", Dimension.Duration, 3600m),
    ];

    public static Unit? Find(string symbol) => Array.Find(All, u => u.Symbol == symbol);

    /// <summary>Every accepted symbol, for suggestions.</summary>
    public static IEnumerable<string> Symbols => All.Select(u => u.Symbol);

    /// <summary>
    /// Units the formatter may print for a dimension, largest first. Energy prints in Wh, kWh or MWh: a value with a
    /// unit is required there, and varh or VAh counters accept these as the same dimension (only the device map knows
    /// which one a counter counts).
    /// </summary>
    public static IReadOnlyList<Unit> ForFormatting(Dimension d) => d switch
    {
        Dimension.Voltage => [Find("kV")!, Find("V")!],
        Dimension.Current => [Find("A")!],
        Dimension.ActivePower => [Find("MW")!, Find("kW")!, Find("W")!],
        Dimension.ReactivePower => [Find("Mvar")!, Find("kvar")!, Find("var")!],
        Dimension.ApparentPower => [Find("MVA")!, Find("kVA")!, Find("VA")!],
        Dimension.Energy => [Find("MWh")!, Find("kWh")!, Find("Wh")!],
        Dimension.Frequency => [Find("Hz")!],
        Dimension.Temperature => [Find("°C")!],
        Dimension.Percent => [Find("%")!],
        Dimension.Angle => [Find("°")!],
        Dimension.Duration => [Find("h")!, Find("min")!, Find("s")!],
        _ => [],
    };

    public static string Describe(Dimension d) => d switch
    {
        Dimension.None => "plain numbers",
        Dimension.Voltage => "V",
        Dimension.Current => "A",
        Dimension.ActivePower => "W",
        Dimension.ReactivePower => "var",
        Dimension.ApparentPower => "VA",
        Dimension.Energy => "Wh, varh or VAh",
        Dimension.Frequency => "Hz",
        Dimension.Temperature => "°C",
        Dimension.Percent => "%",
        Dimension.Angle => "°",
        _ => "s, min or h",
    };

    /// <summary>The units a bare number should have carried, smallest first: "W, kW or MW".</summary>
    public static string Family(Dimension d)
    {
        string[] symbols = ForFormatting(d).Reverse().Select(u => u.Symbol).ToArray();
        int last = symbols.Length - 1;
        return last == 0 ? symbols[0] : string.Join(", ", symbols, 0, last) + " or " + symbols[last];
    }

    /// <summary>
    /// The unit a bare number most likely meant, by its magnitude: the smallest unit of the family that puts it in the
    /// range such values usually have on a switchboard (3.5 compared with a power reads as 3.5 kW, 500 as 500 W).
    /// </summary>
    public static Unit Likely(Dimension d, decimal number)
    {
        IReadOnlyList<Unit> units = ForFormatting(d);
        (decimal low, decimal high) = d switch
        {
            Dimension.Voltage => (1m, 1_000m),
            Dimension.ActivePower or Dimension.ReactivePower or Dimension.ApparentPower => (20m, 1_000_000m),
            Dimension.Energy => (100m, 1_000_000_000m),
            _ => (0m, decimal.MaxValue / 1_000_000m),
        };
        decimal magnitude = Math.Abs(number);
        for (int i = units.Count - 1; i >= 0; i--)
        {
            if (magnitude >= low / units[i].Factor && magnitude < high / units[i].Factor) return units[i];
        }
        return units[^1];
    }
}
