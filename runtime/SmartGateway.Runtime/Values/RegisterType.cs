namespace SmartGateway.Runtime.Values;

/// <summary>
/// How a value is laid out in Modbus registers. 32-bit types take two registers, high word first
/// unless a device map says otherwise. Values are part of the image format: append only.
/// </summary>
public enum RegisterType : byte
{
    Int16 = 0,
    UInt16 = 1,
    Int32 = 2,
    UInt32 = 3,
    Float32 = 4,
}

public static class RegisterTypes
{
    public const int Count = 5;

    public static int Words(RegisterType t) => t == RegisterType.Int16 || t == RegisterType.UInt16 ? 1 : 2;

    public static string Name(RegisterType t)
    {
        switch (t)
        {
            case RegisterType.Int16: return "int16";
            case RegisterType.UInt16: return "uint16";
            case RegisterType.Int32: return "int32";
            case RegisterType.UInt32: return "uint32";
            default: return "float32";
        }
    }

    /// <summary>Parses a type name; returns false for an unknown one.</summary>
    public static bool TryParse(string name, out RegisterType type)
    {
        type = RegisterType.Int16;
        if (name == "int16") { type = RegisterType.Int16; return true; }
        if (name == "uint16") { type = RegisterType.UInt16; return true; }
        if (name == "int32") { type = RegisterType.Int32; return true; }
        if (name == "uint32") { type = RegisterType.UInt32; return true; }
        if (name == "float32") { type = RegisterType.Float32; return true; }
        return false;
    }
}
