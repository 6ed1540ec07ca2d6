namespace SmartGateway.Host.Gateway;

/// <summary>The ways commands name a device: Modbus address (0 = an IR port), metering index, serial.</summary>
public static class DeviceLookup
{
    /// <summary>Address 0 names the IR port: the left one for meters, the right one for Bicoms (§4.7.5, §4.7.7).</summary>
    public static DeviceSlot? ByAddress(this IDeviceDirectory directory, int address, bool bicom = false)
    {
        IReadOnlyList<DeviceSlot> slots = directory.Slots;
        if (address == 0) return bicom ? slots[1] : slots[0];
        DeviceSlot? other = null;
        foreach (DeviceSlot slot in slots)
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
        string wanted = serial.Trim();
        if (wanted.Length == 0) return null;
        foreach (DeviceSlot slot in directory.Slots)
            if (!slot.IsEmpty && string.Equals(slot.Serial, wanted, StringComparison.OrdinalIgnoreCase)) return slot;
        return null;
    }

    /// <summary>The slot a docs/FORMATS.md interface names: "ir.left" = slot 0, "ir.right" = slot 1, "rs485.A" = the
    /// RS485 device (or Modbus TCP meter) at address A; null when nothing is there. Rule actions name Bicoms this way.</summary>
    public static DeviceSlot? ByInterfacePath(this IDeviceDirectory directory, string path)
    {
        IReadOnlyList<DeviceSlot> slots = directory.Slots;
        if (path == "ir.left") return slots[0].IsEmpty ? null : slots[0];
        if (path == "ir.right") return slots[1].IsEmpty ? null : slots[1];
        const string rs485 = "rs485.";
        if (!path.StartsWith(rs485, StringComparison.Ordinal)
            || !int.TryParse(path.AsSpan(rs485.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int address))
            return null;
        for (int slot = 2; slot < slots.Count; slot++)
            if (!slots[slot].IsEmpty && slots[slot].Address == address) return slots[slot];
        return null;
    }
}
