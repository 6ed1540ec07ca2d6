namespace SmartGateway.Runtime.Modbus;

/// <summary>
/// How a master transaction ended. Only <see cref="Ok"/> carries values; every other outcome means the
/// reply (if any) was thrown away.
/// </summary>
public static class TransactionStatus
{
    public const byte Pending = 0;
    public const byte Ok = 1;
    public const byte Exception = 2;
    public const byte Timeout = 3;
    public const byte BadCrc = 4;
    public const byte WrongUnit = 5;
    public const byte WrongFunction = 6;
    public const byte WrongLength = 7;
    public const byte WrongEcho = 8;
    public const byte Malformed = 9;

    public static string Name(byte status)
    {
        switch (status)
        {
            case Pending: return "pending";
            case Ok: return "ok";
            case Exception: return "exception reply";
            case Timeout: return "no reply";
            case BadCrc: return "CRC error";
            case WrongUnit: return "reply from another unit";
            case WrongFunction: return "reply to another function";
            case WrongLength: return "wrong byte count";
            case WrongEcho: return "write echo differs from the request";
            default: return "malformed reply";
        }
    }
}
