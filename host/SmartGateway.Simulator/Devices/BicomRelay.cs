using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Simulator.Devices;

/// <summary>
/// A virtual BI432 Bicom: one bistable relay whose state reads and writes at holding register 200
/// (0 off, 1 on) — the layout rules/devices/BI432.json assumes; see the notes there.
/// </summary>
public sealed class BicomRelay : SimulatedDevice
{
    public const int StateRegister = 200;

    public BicomRelay(string model, string serial) : base(model, serial)
    {
        AddReadable(FunctionCode.ReadHoldingRegisters, StateRegister, 1);
    }

    public bool On => Holding[StateRegister] != 0;

    public override void Advance(double seconds)
    {
    }

    public override byte Write(int address, ushort[] values)
    {
        if (address == StateRegister && values.Length == 1 && values[0] > 1) return ExceptionCode.IllegalDataValue;
        return base.Write(address, values);
    }
}
