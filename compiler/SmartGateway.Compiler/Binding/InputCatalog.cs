using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Binding;

/// <summary>
/// The input paths of docs/FORMATS.md: <c>IF.quantity[.Lp]</c> for an interface IF (ir.left, ir.right,
/// rs485.A), time.*, tariff, temperature, pulse. Resolves friendly spellings (IF.P.total) to the
/// canonical one (IF.P).
/// </summary>
public static class InputCatalog
{
    private static readonly (string Name, Dimension Dimension)[] PhaseOnly =
        [("U", Dimension.Voltage), ("I", Dimension.Current), ("thdU", Dimension.Percent), ("thdI", Dimension.Percent)];

    private static readonly (string Name, Dimension Dimension)[] PhaseOrTotal =
        [("P", Dimension.ActivePower), ("Q", Dimension.ReactivePower), ("S", Dimension.ApparentPower), ("PF", Dimension.None), ("angle", Dimension.Angle)];

    private static readonly (string Name, long Min, long Max)[] TimeFields =
        [("hour", 0, 23), ("minute", 0, 59), ("day", 1, 31), ("month", 1, 12), ("yday", 1, 366), ("weekday", 1, 7)];

    /// <summary>Resolves a path; returns null when it names no input.</summary>
    public static InputInfo? Resolve(string path)
    {
        string[] parts = path.Split('.');
        switch (parts[0])
        {
            case "tariff" when parts.Length == 1:
                return new InputInfo("tariff", Dimension.None, false, Fixed.FromInt(1), Fixed.FromInt(5));
            case "temperature" when parts.Length == 1:
                return new InputInfo("temperature", Dimension.Temperature, true);
            case "pulse" when parts.Length == 1:
                return new InputInfo("pulse", Dimension.Energy, false);
            case "time" when parts.Length == 2:
                foreach (var (name, min, max) in TimeFields)
                {
                    if (parts[1] == name) return new InputInfo(path, Dimension.None, false, Fixed.FromInt(min), Fixed.FromInt(max));
                }
                return null;
        }
        int consumed = InterfaceLength(parts);
        if (consumed == 0 || parts.Length <= consumed) return null;
        string iface = string.Join(".", parts, 0, consumed);
        return Measurement(iface, parts.Skip(consumed).ToArray());
    }

    /// <summary>True when the text is an interface: ir.left, ir.right or rs485.1 … rs485.247.</summary>
    public static bool IsInterface(string text)
    {
        string[] parts = text.Split('.');
        return InterfaceLength(parts) == parts.Length;
    }

    private static int InterfaceLength(string[] parts)
    {
        if (parts.Length >= 2 && parts[0] == "ir" && (parts[1] == "left" || parts[1] == "right")) return 2;
        if (parts.Length >= 2 && parts[0] == "rs485" && IsNumber(parts[1], 1, 247)) return 2;
        return 0;
    }

    private static InputInfo? Measurement(string iface, string[] q)
    {
        string name = q[0];
        if (q.Length == 1 && name == "f") return new InputInfo($"{iface}.f", Dimension.Frequency, true);
        if (q.Length == 1 && name == "temp") return new InputInfo($"{iface}.temp", Dimension.Temperature, true);
        if (q.Length == 2 && name == "counter" && IsNumber(q[1], 1, 16)) return new InputInfo($"{iface}.counter.{q[1]}", Dimension.Energy, false);
        if (q.Length == 3 && (name == "reg" || name == "ireg") && IsNumber(q[1], 0, 65535) && RegisterTypes.TryParse(q[2], out _))
        {
            return new InputInfo($"{iface}.{name}.{q[1]}.{q[2]}", Dimension.None, false);
        }
        foreach (var (n, d) in PhaseOnly)
        {
            if (name == n && q.Length == 2 && IsPhase(q[1])) return new InputInfo($"{iface}.{n}.{q[1]}", d, true);
        }
        foreach (var (n, d) in PhaseOrTotal)
        {
            if (name != n) continue;
            if (q.Length == 1 || (q.Length == 2 && q[1] == "total")) return new InputInfo($"{iface}.{n}", d, true);
            if (q.Length == 2 && IsPhase(q[1])) return new InputInfo($"{iface}.{n}.{q[1]}", d, true);
        }
        return null;
    }

    private static bool IsPhase(string s) => s is "L1" or "L2" or "L3";

    /// <summary>Canonical decimal digits (no sign, no leading zero) within [min, max].</summary>
    private static bool IsNumber(string s, int min, int max)
    {
        if (s.Length == 0 || s.Length > 5 || (s.Length > 1 && s[0] == '0')) return false;
        foreach (char c in s)
        {
            if (c < '0' || c > '9') return false;
        }
        int v = int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        return v >= min && v <= max;
    }
}
