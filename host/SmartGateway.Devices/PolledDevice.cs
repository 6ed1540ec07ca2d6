using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Devices;

/// <summary>
/// A device a poller reads: its interface ("ir.left", "ir.right", "rs485.33"), unit, map and the input
/// paths below the interface someone needs (null = every measurement of the map). Raw register inputs
/// ("reg.3011.int16" FC3, "ireg.107.uint32" FC4) are read as the raw number in any register, map or
/// not. A Bicom's relay state is published as "IF.state" (1 on, 0 off), and a T7 power factor's inductive/capacitive
/// flag as "IF.PF.L1.capacitive" (<see cref="PowerFactorFlag"/>), read with its value; neither is a docs/FORMATS.md input.
/// </summary>
public sealed class PolledDevice
{
    public const string StatePath = "state";

    public PolledDevice(string interfaceName, byte unit, DeviceMap map, IEnumerable<string>? paths = null)
    {
        Interface = interfaceName;
        Unit = unit;
        string[]? wanted = paths?.ToArray();
        var extra = new List<Measurement>();
        if (map.Bicom != null && map.IndexOf(StatePath) < 0) extra.Add(BicomState(map.Bicom));
        foreach (Measurement m in map.Measurements)
            if (PowerFactorFlag.Has(m) && map.IndexOf(m.Path + PowerFactorFlag.Suffix) < 0) extra.Add(PowerFactorFlag.Companion(m));
        foreach (string p in wanted ?? [])
        {
            if (map.IndexOf(p) < 0 && extra.TrueForAll(m => m.Path != p))
                extra.Add(RawRegister(p) ?? throw new ArgumentException($"{interfaceName}: {map.Model} has no input \"{p}\"", nameof(paths)));
        }
        Map = extra.Count == 0 ? map : Extend(map, extra);
        Wanted = wanted == null ? [.. Enumerable.Range(0, Map.Measurements.Length)] : [.. wanted.Select(Map.IndexOf).SelectMany(WithFlag)];
    }

    public string Interface { get; }
    public byte Unit { get; }
    public DeviceMap Map { get; }
    public int[] Wanted { get; }

    /// <summary>The device as the manual's error messages name it.</summary>
    public string DisplayName => Interface switch
    {
        "ir.left" => "Left IR Energy meter",
        "ir.right" => "Right IR Bicom",
        _ => $"RS485 device {Unit} ({Map.Model})",
    };

    /// <summary>The manual's error text (§4.7.2): "Error: Left IR Energy meter not responding".</summary>
    public string NotRespondingText => $"Error: {DisplayName} not responding";

    public string PathOf(int measurement) => Interface + "." + Map.Measurements[measurement].Path;

    /// <summary>A wanted power factor brings its flag along (the same registers, so no extra read).</summary>
    private IEnumerable<int> WithFlag(int measurement)
    {
        yield return measurement;
        int flag = Map.IndexOf(Map.Measurements[measurement].Path + PowerFactorFlag.Suffix);
        if (flag >= 0) yield return flag;
    }

    private static Measurement BicomState(BicomControl bicom) => new()
    {
        Path = StatePath, Table = RegisterTable.Holding, Register = bicom.StateRegister, Encoding = RegisterEncoding.UInt16, Unit = "1",
    };

    /// <summary>"reg.R.T" / "ireg.R.T" as a measurement of the raw number, or null when the path is not one.</summary>
    private static Measurement? RawRegister(string path)
    {
        string[] parts = path.Split('.');
        if (parts.Length != 3 || (parts[0] != "reg" && parts[0] != "ireg")) return null;
        if (!int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int register)) return null;
        if (!Runtime.Values.RegisterTypes.TryParse(parts[2], out Runtime.Values.RegisterType type)) return null;
        if (register + Runtime.Values.RegisterTypes.Words(type) > 65536) return null;
        return new Measurement
        {
            Path = path, Table = parts[0] == "reg" ? RegisterTable.Holding : RegisterTable.Input,
            Register = register, Encoding = (byte)type, Unit = "",
        };
    }

    private static DeviceMap Extend(DeviceMap map, List<Measurement> extra) => new()
    {
        Model = map.Model, Matches = map.Matches, ModelRegister = map.ModelRegister, ModelWords = map.ModelWords,
        SerialRegister = map.SerialRegister, SerialWords = map.SerialWords, Measurements = [.. map.Measurements, .. extra],
        Counters = map.Counters, Bicom = map.Bicom, Writable = map.Writable, Readable = map.Readable,
        Communication = map.Communication,
    };
}
