namespace SmartGateway.Runtime.Bytecode;

/// <summary>What an action does. Values are part of the image format.</summary>
public enum ActionKind : byte
{
    Bicom = 1,
    Modbus = 2,
    Mqtt = 3,
}

/// <summary>Bicom relay functions. Values are part of the image format.</summary>
public enum BicomFunction : byte
{
    On = 0,
    Off = 1,
    Toggle = 2,
}

public static class BicomFunctions
{
    public const int Count = 3;

    public static string Name(BicomFunction f)
    {
        switch (f)
        {
            case BicomFunction.On: return "on";
            case BicomFunction.Off: return "off";
            default: return "toggle";
        }
    }
}
