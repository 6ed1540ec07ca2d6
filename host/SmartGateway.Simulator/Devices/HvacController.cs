using SmartGateway.Generated;

namespace SmartGateway.Simulator.Devices;

/// <summary>
/// The HVAC controller the manual's example automation writes to (§4.5.6.1, Modbus address 4): one holding register,
/// the operating mode, 4 normal and 5 eco; its device map (Devices/HVAC.sgd) refuses any other value.
/// </summary>
public sealed class HvacController : SimulatedDevice
{
    public const string ModelName = "HVAC";
    public const ushort NormalMode = 4;
    public const ushort EcoMode = 5;
    private readonly int _modeRegister;

    public HvacController(string serial) : base(HVACDeviceMap.Create(), ModelName, serial)
    {
        _modeRegister = Map.Writable.Single(w => w.Name == "mode").Register;
        Holding[_modeRegister] = NormalMode;
    }

    public bool Eco => Holding[_modeRegister] == EcoMode;

    public override void Advance(double seconds)
    {
    }
}
