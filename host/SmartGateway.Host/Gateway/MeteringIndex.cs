namespace SmartGateway.Host.Gateway;

/// <summary>
/// The 17-slot index space Home Assistant and the MQTT "index" argument use: the device list without the
/// right IR (Bicom) port, so 0 = left IR and k = RS485 device k (docs/SG-REST.md §4.2).
/// </summary>
public static class MeteringIndex
{
    public const int Count = DeviceSlot.Count - 1;

    public static int? ToSlot(int index) => index switch
    {
        0 => 0,
        >= 1 and < Count => index + 1,
        _ => null,
    };

    public static int? FromSlot(int slot) => slot switch
    {
        0 => 0,
        >= 2 and < DeviceSlot.Count => slot - 1,
        _ => null,
    };
}
