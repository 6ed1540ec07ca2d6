namespace SmartGateway.Host.Gateway;

/// <summary>The 18 device slots with what each device said about itself (model, serial, sw version).</summary>
/// <remarks>Implemented by <see cref="Devices.PolledDeviceDirectory"/> from the devices' input registers 1–13 and
/// holding 101–140.</remarks>
public interface IDeviceDirectory
{
    /// <summary>Always exactly <see cref="DeviceSlot.Count"/> entries, in slot order.</summary>
    IReadOnlyList<DeviceSlot> Slots { get; }

    /// <summary>
    /// True once every line has been looked at (identified) once and every device configured by address (RS485, Modbus
    /// TCP) has answered. The API answers before that, and devices join the slots as they answer, so until then an empty
    /// slot may only not have answered yet.
    /// </summary>
    bool Complete { get; }

    /// <summary>Stores a user-given description/location (External Devices page).</summary>
    void Describe(int slot, string? description, string? location);
}
