using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Binding;

/// <summary>
/// The input paths of docs/FORMATS.md: <c>IF.quantity[.Lp]</c> for an interface IF (ir.left, ir.right,
/// rs485.A), time.*, tariff, temperature, pulse. Resolves friendly spellings (IF.P.total) to the
/// canonical one (IF.P).
/// </summary>
public static class InputCatalog
{
    private static readonly long One = Fixed.FromInt(1);

    /// <summary>Per-phase quantities with their physical bounds (magnitudes are never negative).</summary>
    private static readonly (string Name, Dimension Dimension, long? Min, long? Max)[] PhaseOnly =
        [("U", Dimension.Voltage, 0, null), ("I", Dimension.Current, 0, null), ("thdU", Dimension.Percent, 0, null), ("thdI", Dimension.Percent, 0, null)];

    /// <summary>Quantities per phase or in total; active and reactive power are signed (export, capacitive).</summary>
    private static readonly (string Name, Dimension Dimension, long? Min, long? Max)[] PhaseOrTotal =
        [("P", Dimension.ActivePower, null, null), ("Q", Dimension.ReactivePower, null, null), ("S", Dimension.ApparentPower, 0, null),
         ("PF", Dimension.None, -One, One), ("angle", Dimension.Angle, null, null)];

    private static readonly string[] Phases = ["L1", "L2", "L3"];

    private static readonly string[] RegisterTypeNames = ["int16", "uint16", "int32", "uint32", "float32"];

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
                return new InputInfo("pulse", Dimension.Energy, false, 0);
            case "time" when parts.Length == 2:
                foreach ((string? name, long min, long max) in TimeFields)
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

    /// <summary>
    /// Real input paths a misspelling may have meant: the gateway's own inputs and every quantity of ir.left, ir.right
    /// and of the RS485 address written (if any part of <paramref name="written"/> is one), counters and raw registers
    /// by the number written. A bounded list, so suggesting stays cheap however many names are wrong.
    /// </summary>
    internal static IEnumerable<string> Candidates(string written)
    {
        yield return "tariff";
        yield return "temperature";
        yield return "pulse";
        foreach ((string? name, long _, long _) in TimeFields) yield return "time." + name;
        string[] parts = written.Split('.');
        string counter = parts.Skip(2).FirstOrDefault(p => IsNumber(p, 1, 16)) ?? "1";
        string? register = parts.Skip(2).FirstOrDefault(p => IsNumber(p, 0, 65535));
        foreach (string iface in InterfaceCandidates(written))
        {
            yield return $"{iface}.f";
            yield return $"{iface}.temp";
            yield return $"{iface}.counter.{counter}";
            foreach ((string? n, Dimension _, long? _, long? _) in PhaseOnly)
            {
                foreach (string phase in Phases) yield return $"{iface}.{n}.{phase}";
            }
            foreach ((string? n, Dimension _, long? _, long? _) in PhaseOrTotal)
            {
                yield return $"{iface}.{n}";
                foreach (string phase in Phases) yield return $"{iface}.{n}.{phase}";
            }
            if (register == null) continue;
            foreach (string type in RegisterTypeNames)
            {
                yield return $"{iface}.reg.{register}.{type}";
                yield return $"{iface}.ireg.{register}.{type}";
            }
        }
    }

    /// <summary>The interfaces a misspelt one may have meant: ir.left, ir.right and rs485.A for an address A written in it.</summary>
    internal static IEnumerable<string> InterfaceCandidates(string written)
    {
        yield return "ir.left";
        yield return "ir.right";
        string? address = written.Split('.').FirstOrDefault(p => IsNumber(p, 1, 247));
        if (address != null) yield return "rs485." + address;
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
        if (q.Length == 1 && name == "f") return new InputInfo($"{iface}.f", Dimension.Frequency, true, 0);
        if (q.Length == 1 && name == "temp") return new InputInfo($"{iface}.temp", Dimension.Temperature, true);
        if (q.Length == 2 && name == "counter" && IsNumber(q[1], 1, 16)) return new InputInfo($"{iface}.counter.{q[1]}", Dimension.Energy, false, 0);
        if (q.Length == 3 && (name == "reg" || name == "ireg") && IsNumber(q[1], 0, 65535) && RegisterTypes.TryParse(q[2], out _))
        {
            return new InputInfo($"{iface}.{name}.{q[1]}.{q[2]}", Dimension.None, false);
        }
        foreach ((string? n, Dimension d, long? min, long? max) in PhaseOnly)
        {
            if (name == n && q.Length == 2 && IsPhase(q[1])) return new InputInfo($"{iface}.{n}.{q[1]}", d, true, min, max);
        }
        foreach ((string? n, Dimension d, long? min, long? max) in PhaseOrTotal)
        {
            if (name != n) continue;
            if (q.Length == 1 || (q.Length == 2 && q[1] == "total")) return new InputInfo($"{iface}.{n}", d, true, min, max);
            if (q.Length == 2 && IsPhase(q[1])) return new InputInfo($"{iface}.{n}.{q[1]}", d, true, min, max);
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
