namespace SmartGateway.Firmware.Config;

/// <summary>
/// One configured device slot as config.json stores it. Public lower-case fields: nanoFramework.Json maps
/// JSON members to fields by name.
/// </summary>
public sealed class DeviceConfig
{
    /// <summary>"ir.left", "ir.right" or "rs485".</summary>
    public string port = "";

    /// <summary>Modbus address (1–247); the IR meters answer at their own address too (33 by default).</summary>
    public int address;

    /// <summary>Device map model, the file I:\maps\{map}.json.</summary>
    public string map = "";

    public string description = "";
    public string location = "";
}
