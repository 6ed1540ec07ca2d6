namespace SmartGateway.Runtime.Modbus;

/// <summary>Exception codes a slave answers with (Modbus Application Protocol §7); names are data.</summary>
public static class ExceptionCode
{
    public const byte None = 0;
    public const byte IllegalFunction = 1;
    public const byte IllegalDataAddress = 2;
    public const byte IllegalDataValue = 3;
    public const byte ServerDeviceFailure = 4;
    public const byte Acknowledge = 5;
    public const byte ServerDeviceBusy = 6;
    public const byte GatewayPathUnavailable = 10;
    public const byte GatewayTargetFailedToRespond = 11;

    public static string Name(byte code)
    {
        switch (code)
        {
            case IllegalFunction: return "illegal function";
            case IllegalDataAddress: return "illegal data address";
            case IllegalDataValue: return "illegal data value";
            case ServerDeviceFailure: return "server device failure";
            case Acknowledge: return "acknowledge";
            case ServerDeviceBusy: return "server device busy";
            case GatewayPathUnavailable: return "gateway path unavailable";
            case GatewayTargetFailedToRespond: return "gateway target device failed to respond";
            default: return "exception " + code.ToString();
        }
    }
}
