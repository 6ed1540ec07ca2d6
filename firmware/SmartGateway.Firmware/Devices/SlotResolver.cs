using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Inputs;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Firmware.Devices;

/// <summary>
/// The firmware's side of the runtime's <see cref="InputBinding"/>: a device input path is served by the slot whose
/// interface prefixes it ("rs485.33." + "P"), at the measurement's index in that slot's map; a raw register input
/// ("reg.40.uint16") is appended to the slot's map on first use.
/// </summary>
public sealed class SlotResolver : IInputResolver
{
    private readonly DeviceSlot[] _slots;

    public SlotResolver(DeviceSlot[] slots)
    {
        _slots = slots;
    }

    public IReadingCells Resolve(string path, out int cell)
    {
        cell = -1;
        for (int s = 0; s < _slots.Length; s++)
        {
            string prefix = _slots[s].Interface + ".";
            if (!path.StartsWith(prefix)) continue;
            cell = MeasurementOf(_slots[s], path.Substring(prefix.Length));
            return cell < 0 ? null : _slots[s];
        }
        return null;
    }

    /// <summary>A map measurement ("P", "U.L1", "counter.2") or a raw register ("reg.40.uint16").</summary>
    private static int MeasurementOf(DeviceSlot slot, string member)
    {
        byte table = 0;
        string rest = "";
        if (member.StartsWith("reg.")) { table = RegisterTable.Holding; rest = member.Substring(4); }
        else if (member.StartsWith("ireg.")) { table = RegisterTable.Input; rest = member.Substring(5); }
        if (table == 0) return slot.Map.IndexOf(member);
        int dot = rest.IndexOf('.');
        if (dot <= 0) return -1;
        int register;
        RegisterType type;
        if (!int.TryParse(rest.Substring(0, dot), out register) || register < 0 || register > 65535) return -1;
        if (!RegisterTypes.TryParse(rest.Substring(dot + 1), out type)) return -1;
        return slot.RawRegister(table, register, type);
    }
}
