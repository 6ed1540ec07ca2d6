using SmartGateway.Host.Configuration;

namespace SmartGateway.Host.Gateway.Interim;

/// <summary>INTERIM: the 18 slots as configured in Gateway:Devices, not as read from the devices.
/// Replace with the Modbus poller's directory (branch `modbus`) when wiring.</summary>
public sealed class StaticDeviceDirectory : IDeviceDirectory
{
    private DeviceSlot[] _slots;

    public StaticDeviceDirectory(IEnumerable<DeviceSlotOptions> configured)
    {
        var slots = new DeviceSlot[DeviceSlot.Count];
        for (var slot = 0; slot < slots.Length; slot++)
            slots[slot] = new DeviceSlot(slot, DeviceSlot.InterfaceName(slot), slot >= 2 ? slot - 1 : null,
                DeviceSlot.Disabled, "", "", "", "");
        foreach (var device in configured)
        {
            if (device.Slot is < 0 or >= DeviceSlot.Count)
                throw new InvalidOperationException($"Gateway:Devices: slot {device.Slot} is outside 0..{DeviceSlot.Count - 1}");
            var model = device.Model.Trim();
            slots[device.Slot] = new DeviceSlot(device.Slot, DeviceSlot.InterfaceName(device.Slot), device.Address,
                model.Length == 0 ? DeviceSlot.Disabled : model, device.Serial.Trim(), device.Description,
                device.Location, device.SwVer);
        }
        _slots = slots;
    }

    public IReadOnlyList<DeviceSlot> Slots => Volatile.Read(ref _slots);

    public void Describe(int slot, string? description, string? location)
    {
        var copy = (DeviceSlot[])Slots;
        copy = (DeviceSlot[])copy.Clone();
        copy[slot] = copy[slot] with
        {
            Description = description ?? copy[slot].Description,
            Location = location ?? copy[slot].Location,
        };
        Volatile.Write(ref _slots, copy);
    }
}
