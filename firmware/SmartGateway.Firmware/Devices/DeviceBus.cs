using SmartGateway.Firmware.Modbus;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Firmware.Devices;

/// <summary>
/// The devices on one serial line and their poll cycle: the runtime's planner groups the wanted registers
/// into reads, this class runs them through the line's <see cref="RtuMaster"/> and decodes each reply with
/// the runtime's <see cref="BlockDecoder"/>. A failed read makes its values invalid (Unknown in rules).
/// </summary>
public sealed class DeviceBus
{
    private readonly RtuMaster _master;
    private readonly BusTiming _timing;
    private DeviceSlot[] _slots = new DeviceSlot[0];
    private PollPlan _plan = new PollPlan();
    private ModbusRequest[] _requests = new ModbusRequest[0];

    public DeviceBus(RtuMaster master, BusTiming timing)
    {
        _master = master;
        _timing = timing;
    }

    public RtuMaster Master => _master;

    public DeviceSlot[] Slots => _slots;

    public void Add(DeviceSlot slot)
    {
        var grown = new DeviceSlot[_slots.Length + 1];
        for (int i = 0; i < _slots.Length; i++) grown[i] = _slots[i];
        grown[_slots.Length] = slot;
        _slots = grown;
        Replan();
    }

    /// <summary>Rebuilds the cycle after slots or their measurement lists changed (a new rule image).</summary>
    public void Replan()
    {
        var devices = new PollDevice[_slots.Length];
        for (int d = 0; d < _slots.Length; d++)
        {
            int[] wanted = new int[_slots[d].Map.Measurements.Length];
            for (int i = 0; i < wanted.Length; i++) wanted[i] = i;
            devices[d] = new PollDevice(_slots[d].Unit, _slots[d].Map, wanted);
        }
        _plan = PollPlanner.Plan(devices, _timing);
        _requests = new ModbusRequest[_plan.Blocks.Length];
        for (int b = 0; b < _requests.Length; b++)
        {
            PollBlock block = _plan.Blocks[b];
            _requests[b] = ModbusRequest.Read(block.Unit, block.Function, block.Start, block.Count);
        }
    }

    /// <summary>One poll cycle over every block of the plan.</summary>
    public void Poll()
    {
        bool[] answered = new bool[_slots.Length];
        for (int b = 0; b < _requests.Length; b++)
        {
            PollBlock block = _plan.Blocks[b];
            DeviceSlot slot = _slots[block.DeviceIndex];
            byte status = _master.Execute(_requests[b]);
            bool ok = status == TransactionStatus.Ok;
            if (ok) answered[block.DeviceIndex] = true;
            for (int k = 0; k < block.Measurements.Length; k++)
            {
                int m = block.Measurements[k];
                long micro = 0;
                slot.Valid[m] = ok && BlockDecoder.Decode(slot.Map.Measurements[m], _master.Last.Registers, block.Start, out micro);
                slot.Values[m] = micro;
            }
        }
        for (int d = 0; d < _slots.Length; d++) _slots[d].Online = answered[d];
    }

    /// <summary>The slot at a Modbus address on this line, or null.</summary>
    public DeviceSlot Find(int unit)
    {
        for (int i = 0; i < _slots.Length; i++) if (_slots[i].Unit == unit) return _slots[i];
        return null;
    }
}
