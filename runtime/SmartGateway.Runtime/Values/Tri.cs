namespace SmartGateway.Runtime.Values;

/// <summary>Three-valued truth of a condition (docs/DESIGN.md "Unknown"): Kleene logic over these bytes.</summary>
public static class Tri
{
    public const byte Unknown = 0;
    public const byte True = 1;
    public const byte False = 2;

    // Branch-free on the bit patterns: True sets bit 0, False bit 1, Unknown neither.

    /// <summary>False if either is False, True if both are True, otherwise Unknown.</summary>
    public static byte And(byte a, byte b) => (byte)(((a | b) & False) | (a & b & True));

    /// <summary>True if either is True, False if both are False, otherwise Unknown.</summary>
    public static byte Or(byte a, byte b) => (byte)(((a | b) & True) | (a & b & False));

    /// <summary>Swaps True and False; Unknown stays Unknown.</summary>
    public static byte Not(byte a) => (byte)(((a & True) << 1) | ((a & False) >> 1));

    /// <summary><see cref="Not"/> when <paramref name="mask"/> is 1, unchanged when it is 0: a flag bit applied without a branch.</summary>
    public static byte NotIf(byte a, int mask)
    {
        int d = (a ^ (a >> 1)) & mask;
        return (byte)(a ^ (d | (d << 1)));
    }

    public static byte FromBool(bool b) => b ? True : False;

    public static string Name(byte t)
    {
        if (t == True) return "true";
        if (t == False) return "false";
        return "unknown";
    }
}
