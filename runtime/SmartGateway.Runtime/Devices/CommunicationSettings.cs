namespace SmartGateway.Runtime.Devices;

/// <summary>
/// Where a device keeps its RS485 settings, so a scan can configure a found device ("Add all devices").
/// A register that is null cannot be set. The address is a plain number (1–247), not a code.
/// </summary>
public sealed class CommunicationSettings
{
    public int AddressRegister = -1;
    public SettingRegister? Baud;
    public SettingRegister? Parity;
    public SettingRegister? StopBits;
}
