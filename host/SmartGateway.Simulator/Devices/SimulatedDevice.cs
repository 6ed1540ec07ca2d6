using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Simulator.Devices;

/// <summary>
/// A virtual Modbus slave built from its device map: two register tables, the map's readable runs as the only
/// registers it answers for (anything else is an illegal data address, as on the real device), the map's
/// identification registers, Iskra's common basic-info block, and a clock-driven model that refreshes the registers.
/// </summary>
public abstract class SimulatedDevice
{
    /// <summary>Iskra's basic-info block (docs/DEVICE-MAPS.md): software version ×100, description and location.</summary>
    public const int SoftwareVersionRegister = 13;
    public const int DescriptionRegister = 101;
    public const int LocationRegister = 121;
    public const int TextWords = 20;

    protected SimulatedDevice(DeviceMap map, string model, string serial)
    {
        Map = map;
        Model = model;
        Serial = serial;
        IskraEncoding.PutText(Input, map.ModelRegister, map.ModelWords, model);
        IskraEncoding.PutText(Input, map.SerialRegister, map.SerialWords, serial);
        Input[SoftwareVersionRegister] = 100; // 1.00
        IskraEncoding.PutText(Holding, DescriptionRegister, TextWords, "Simulated " + model);
        IskraEncoding.PutText(Holding, LocationRegister, TextWords, "SmartGateway simulator");
    }

    public DeviceMap Map { get; }
    public string Model { get; }
    public string Serial { get; }
    public ushort[] Input { get; } = new ushort[65536];
    public ushort[] Holding { get; } = new ushort[65536];

    /// <summary>Advances the model by seconds and rewrites the registers.</summary>
    public abstract void Advance(double seconds);

    /// <summary>The table a register lives in, named by the function code that reads it.</summary>
    public ushort[] Table(byte table) => table == RegisterTable.Holding ? Holding : Input;

    public bool IsReadable(byte table, int start, int count) => count > 0 && Map.IsReadable(table, start, start + count - 1);

    /// <summary>
    /// Applies a write; returns an exception code (0 = accepted). A value outside a writable register's range in the
    /// map is refused with illegal data value, as a device refuses a setting it does not have.
    /// </summary>
    public virtual byte Write(int address, ushort[] values)
    {
        if (!IsReadable(FunctionCode.ReadHoldingRegisters, address, values.Length)) return ExceptionCode.IllegalDataAddress;
        foreach (WritableRegister w in Map.Writable)
        {
            int offset = w.Register - address;
            int words = w.Type is RegisterType.Int16 or RegisterType.UInt16 ? 1 : 2;
            if (offset < 0 || offset + words > values.Length) continue;
            if (w.Type == RegisterType.Float32) continue; // the maps give float settings no integer range
            long value = w.Type switch
            {
                RegisterType.Int16 => (short)values[offset],
                RegisterType.UInt16 => values[offset],
                RegisterType.Int32 => (int)((uint)values[offset] << 16 | values[offset + 1]),
                _ => (uint)values[offset] << 16 | values[offset + 1],
            };
            if (value * Fixed.Scale < w.Min || value * Fixed.Scale > w.Max) return ExceptionCode.IllegalDataValue; // the map's range is in micro-units
        }
        Array.Copy(values, 0, Holding, address, values.Length);
        return ExceptionCode.None;
    }
}
