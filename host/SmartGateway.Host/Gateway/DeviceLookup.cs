namespace SmartGateway.Host.Gateway;

/// <summary>The ways commands name a device: Modbus address (0 = an IR port), metering index, serial.</summary>
public static class DeviceLookup
{
    /// <summary>Address 0 names the IR port: the left one for meters, the right one for Bicoms (§4.7.5, §4.7.7).</summary>
    public static DeviceSlot? ByAddress(this IDeviceDirectory directory, int address, bool bicom = false)
    {
        var slots = directory.Slots;
        if (address == 0) return bicom ? slots[1] : slots[0];
        DeviceSlot? other = null;
        foreach (var slot in slots)
        {
            if (slot.IsEmpty || slot.Address != address) continue;
            // An IR device and an RS485 device may share an address; prefer the kind asked for.
            if (slot.IsBicom == bicom) return slot;
            other ??= slot;
        }
        return other;
    }

    public static DeviceSlot? ByIndex(this IDeviceDirectory directory, int index) =>
        MeteringIndex.ToSlot(index) is int slot ? directory.Slots[slot] : null;

    public static DeviceSlot? BySerial(this IDeviceDirectory directory, string serial)
    {
        var wanted = serial.Trim();
        if (wanted.Length == 0) return null;
        foreach (var slot in directory.Slots)
            if (!slot.IsEmpty && string.Equals(slot.Serial, wanted, StringComparison.OrdinalIgnoreCase)) return slot;
        return null;
    }
}
