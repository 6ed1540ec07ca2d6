using SmartGateway.Firmware.Modbus;

namespace SmartGateway.Firmware.Devices;

/// <summary>
/// Every configured device and the line it is on: the left IR meter, the right IR Bicom and the RS485
/// devices. Slot order is the REST/MQTT index order of docs/SG-REST.md §4.2 (left IR, right IR, RS485 1..16).
/// </summary>
public sealed class DeviceRegistry
{
    private DeviceSlot[] _all = new DeviceSlot[0];

    public DeviceBus IrLeft;
    public DeviceBus IrRight;
    public DeviceBus Rs485;

    public DeviceSlot[] All => _all;

    public void Add(DeviceBus bus, DeviceSlot slot)
    {
        bus.Add(slot);
        var grown = new DeviceSlot[_all.Length + 1];
        for (int i = 0; i < _all.Length; i++) grown[i] = _all[i];
        grown[_all.Length] = slot;
        _all = grown;
    }

    /// <summary>The bus an interface name ("ir.left", "ir.right", "rs485.N") is on, or null.</summary>
    public DeviceBus BusOf(string interfaceName)
    {
        if (interfaceName == "ir.left") return IrLeft;
        if (interfaceName == "ir.right") return IrRight;
        if (interfaceName.StartsWith("rs485.")) return Rs485;
        return null;
    }

    /// <summary>The slot of an interface name, or null.</summary>
    public DeviceSlot Find(string interfaceName)
    {
        for (int i = 0; i < _all.Length; i++) if (_all[i].Interface == interfaceName) return _all[i];
        return null;
    }

    /// <summary>
    /// The manual's "addr" argument (§4.7.5–4.7.7): 0 = the IR device (the meter, or the Bicom for Bicom
    /// commands when bicom is true), else a Modbus address on RS485.
    /// </summary>
    public DeviceSlot ByAddress(int address, bool bicom)
    {
        if (address == 0) return Find(bicom ? "ir.right" : "ir.left");
        return Find("rs485." + address.ToString());
    }

    /// <summary>
    /// Metering index i of docs/SG-REST.md §4.2: 0 = the left IR meter, k = the k-th RS485 device, matching the
    /// order /api/devices lists them in (the right IR Bicom is not counted); null for an empty slot.
    /// </summary>
    public DeviceSlot ByIndex(int index)
    {
        if (index == 0) return Find("ir.left");
        if (Rs485 == null || index > Rs485.Slots.Length) return null;
        return Rs485.Slots[index - 1];
    }

    public RtuMaster MasterOf(DeviceSlot slot)
    {
        DeviceBus bus = BusOf(slot.Interface);
        return bus == null ? null : bus.Master;
    }

    public void PollAll()
    {
        if (IrLeft != null) IrLeft.Poll();
        if (IrRight != null) IrRight.Poll();
        if (Rs485 != null) Rs485.Poll();
    }

    public void Replan()
    {
        if (IrLeft != null) IrLeft.Replan();
        if (IrRight != null) IrRight.Replan();
        if (Rs485 != null) Rs485.Replan();
    }
}
