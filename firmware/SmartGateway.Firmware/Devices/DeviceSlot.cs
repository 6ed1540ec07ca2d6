using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Inputs;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Firmware.Devices;

/// <summary>
/// One device the gateway polls: where it is (interface name as rules spell it, "ir.left" or "rs485.32"),
/// its map, and the latest value and validity of each of its measurements, in map order.
/// The map is this slot's own copy, so raw-register inputs a rule image asks for can be appended to it.
/// </summary>
public sealed class DeviceSlot : IReadingCells
{
    public DeviceSlot(string interfaceName, string label, byte unit, DeviceMap map, string description, string location)
    {
        Interface = interfaceName;
        Label = label;
        Unit = unit;
        Map = Copy(map);
        Description = description;
        Location = location;
        Resize();
    }

    public string Interface { get; }

    /// <summary>The REST "interface" text: "Left IR Device", "Right IR Device", "RS 485 Device k".</summary>
    public string Label { get; }

    public byte Unit { get; }
    public DeviceMap Map { get; }
    public string Description { get; }
    public string Location { get; }

    public long[] Values { get; private set; }
    public bool[] Valid { get; private set; }

    /// <summary>A measurement's validity by its index in <see cref="Map"/> (the rule inputs' cells).</summary>
    public bool IsValid(int cell) => Valid[cell];

    public long Value(int cell) => Values[cell];

    /// <summary>Identification read from the device (model/serial strings), empty until it answered.</summary>
    public string Model = "";
    public string Serial = "";

    /// <summary>False after a poll cycle in which no read succeeded (drives the §4.7.2 error message).</summary>
    public bool Online;

    /// <summary>Index of a raw register input (IF.reg.R.T / IF.ireg.R.T), appended on first use.</summary>
    public int RawRegister(byte table, int register, RegisterType type)
    {
        string path = (table == RegisterTable.Holding ? "reg." : "ireg.") + register.ToString() + "." + RegisterTypes.Name(type);
        int found = Map.IndexOf(path);
        if (found >= 0) return found;
        var m = new Measurement();
        m.Path = path;
        m.Table = table;
        m.Register = register;
        m.Encoding = (byte)type;
        var grown = new Measurement[Map.Measurements.Length + 1];
        for (int i = 0; i < Map.Measurements.Length; i++) grown[i] = Map.Measurements[i];
        grown[grown.Length - 1] = m;
        Map.Measurements = grown;
        Resize();
        return grown.Length - 1;
    }

    public void InvalidateAll()
    {
        for (int i = 0; i < Valid.Length; i++) Valid[i] = false;
    }

    private void Resize()
    {
        long[] values = new long[Map.Measurements.Length];
        bool[] valid = new bool[Map.Measurements.Length];
        if (Values != null)
        {
            for (int i = 0; i < Values.Length; i++)
            {
                values[i] = Values[i];
                valid[i] = Valid[i];
            }
        }
        Values = values;
        Valid = valid;
    }

    private static DeviceMap Copy(DeviceMap source)
    {
        var map = new DeviceMap();
        map.Model = source.Model;
        map.Matches = source.Matches;
        map.ModelRegister = source.ModelRegister;
        map.ModelWords = source.ModelWords;
        map.SerialRegister = source.SerialRegister;
        map.SerialWords = source.SerialWords;
        map.Measurements = source.Measurements;
        map.Counters = source.Counters;
        map.Bicom = source.Bicom;
        map.Writable = source.Writable;
        map.Readable = source.Readable;
        map.Communication = source.Communication;
        return map;
    }
}
