namespace SmartGateway.Runtime.Values;

/// <summary>Three-valued truth of a condition (docs/DESIGN.md "Unknown"): Kleene logic over these bytes.</summary>
public static class Tri
{
    public const byte Unknown = 0;
    public const byte True = 1;
    public const byte False = 2;

    public static byte And(byte a, byte b)
    {
        if (a == False || b == False) return False;
        if (a == True && b == True) return True;
        return Unknown;
    }

    public static byte Or(byte a, byte b)
    {
        if (a == True || b == True) return True;
        if (a == False && b == False) return False;
        return Unknown;
    }

    public static byte Not(byte a)
    {
        if (a == True) return False;
        if (a == False) return True;
        return Unknown;
    }

    public static byte FromBool(bool b) => b ? True : False;

    public static string Name(byte t)
    {
        if (t == True) return "true";
        if (t == False) return "false";
        return "unknown";
    }
}
