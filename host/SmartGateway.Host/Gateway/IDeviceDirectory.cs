namespace SmartGateway.Host.Gateway;

/// <summary>The 18 device slots with what each device said about itself (model, serial, sw version).</summary>
/// <remarks>Implemented by <see cref="Devices.PolledDeviceDirectory"/> from the devices' input registers 1–13 and
/// holding 101–140.</remarks>
public interface IDeviceDirectory
{
    /// <summary>Always exactly <see cref="DeviceSlot.Count"/> entries, in slot order.</summary>
    IReadOnlyList<DeviceSlot> Slots { get; }

    /// <summary>Stores a user-given description/location (External Devices page).</summary>
    void Describe(int slot, string? description, string? location);
}
