namespace SmartGateway.Host.Gateway;

/// <summary>One of the gateway's 18 device slots (manual §4.1.7): left IR, right IR, RS485 devices 1–16.</summary>
/// <param name="Slot">0 = left IR, 1 = right IR, 2..17 = RS485 device 1..16.</param>
/// <param name="Address">Modbus address; null when the slot has none (an empty IR slot).</param>
public sealed record DeviceSlot(
    int Slot,
    string Interface,
    int? Address,
    string Model,
    string Serial,
    string Description,
    string Location,
    string SwVer)
{
    public const int Count = 18;
    public const int RightIrSlot = 1;
    public const string Disabled = "Disabled";
    public const string NotDetected = "Not Detected";

    public bool IsEmpty => Model is Disabled or NotDetected;

    /// <summary>Bicom relays answer on the right IR port or as BI… models on RS485.</summary>
    public bool IsBicom => !IsEmpty && (Interface.Contains("Right IR", StringComparison.Ordinal)
        || Model.StartsWith("BI", StringComparison.Ordinal));

    public bool IsMeter => !IsEmpty && !IsBicom;

    public static string InterfaceName(int slot) => slot switch
    {
        0 => "Left IR Device",
        1 => "Right IR Device",
        _ => $"RS 485 Device {slot - 1}",
    };
}
