namespace SmartGateway.Runtime.Modbus;

/// <summary>
/// How a device lays a value out in registers. The first five equal <see cref="Values.RegisterType"/>;
/// the rest are Iskra's encodings (T5 unsigned and T6 signed with a base-10 exponent byte, T7 power
/// factor, T16 uint16/100, T17 int16/100). Values are stored in device tables: append only.
/// <see cref="T7Capacitive"/> is not a type a map names (it is past <see cref="Count"/>): the host reads a T7
/// power factor's inductive/capacitive flag with it (Devices/PowerFactorFlag).
/// </summary>
public static class RegisterEncoding
{
    public const byte Int16 = 0;
    public const byte UInt16 = 1;
    public const byte Int32 = 2;
    public const byte UInt32 = 3;
    public const byte Float32 = 4;
    public const byte T5 = 5;
    public const byte T6 = 6;
    public const byte T7 = 7;
    public const byte T16 = 8;
    public const byte T17 = 9;
    public const byte Count = 10;

    /// <summary>Byte 2 of a T7 power factor: 1 capacitive (FF), 0 inductive (00).</summary>
    public const byte T7Capacitive = 10;

    public static int Words(byte encoding) =>
        encoding == Int16 || encoding == UInt16 || encoding == T16 || encoding == T17 ? 1 : 2;

    public static string Name(byte encoding)
    {
        switch (encoding)
        {
            case Int16: return "int16";
            case UInt16: return "uint16";
            case Int32: return "int32";
            case UInt32: return "uint32";
            case Float32: return "float32";
            case T5: return "t5";
            case T6: return "t6";
            case T7: return "t7";
            case T16: return "t16";
            case T7Capacitive: return "t7 capacitive flag";
            default: return "t17";
        }
    }

    public static bool TryParse(string name, out byte encoding)
    {
        for (byte e = 0; e < Count; e++)
        {
            if (Name(e) == name)
            {
                encoding = e;
                return true;
            }
        }
        encoding = 0;
        return false;
    }
}
