using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Simulator.Devices;

/// <summary>
/// A virtual Bicom: one bistable relay whose state and command registers are those of its device map's
/// <c>bicom</c> entry (rules/devices/BI432.json: holding 200, 0 off, 1 on; see the notes there).
/// </summary>
public sealed class BicomRelay : SimulatedDevice
{
    private readonly BicomControl _bicom;

    public BicomRelay(DeviceMap map, string model, string serial) : base(map, model, serial)
    {
        _bicom = map.Bicom ?? throw new ArgumentException($"the device map {map.Model} has no Bicom registers", nameof(map));
        Holding[_bicom.StateRegister] = (ushort)_bicom.OffValue;
    }

    public bool On => Holding[_bicom.StateRegister] == _bicom.OnValue;

    public override void Advance(double seconds)
    {
    }

    public override byte Write(int address, ushort[] values)
    {
        if (address != _bicom.ControlRegister || values.Length != 1) return base.Write(address, values);
        int command = values[0];
        bool on;
        if (command == _bicom.OnValue) on = true;
        else if (command == _bicom.OffValue) on = false;
        else if (_bicom.ToggleValue >= 0 && command == _bicom.ToggleValue) on = !On;
        else return ExceptionCode.IllegalDataValue;
        Holding[_bicom.StateRegister] = (ushort)(on ? _bicom.OnValue : _bicom.OffValue);
        return ExceptionCode.None;
    }
}
