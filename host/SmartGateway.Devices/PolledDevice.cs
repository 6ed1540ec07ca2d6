using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Devices;

/// <summary>
/// A device a poller reads: its interface ("ir.left", "ir.right", "rs485.33"), unit, map and the input
/// paths below the interface someone needs (null = every measurement of the map). A Bicom's relay state
/// is published as "IF.state" (1 on, 0 off), which is not a FORMATS.md rule input.
/// </summary>
public sealed class PolledDevice
{
    public const string StatePath = "state";

    public PolledDevice(string interfaceName, byte unit, DeviceMap map, IEnumerable<string>? paths = null)
    {
        Interface = interfaceName;
        Unit = unit;
        Map = WithBicomState(map);
        var wanted = new List<int>();
        if (paths == null)
        {
            for (int i = 0; i < Map.Measurements.Length; i++) wanted.Add(i);
        }
        else
        {
            foreach (string p in paths)
            {
                int index = Map.IndexOf(p);
                if (index < 0) throw new ArgumentException($"{interfaceName}: {map.Model} has no input \"{p}\"", nameof(paths));
                wanted.Add(index);
            }
        }
        Wanted = [.. wanted];
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

    private static DeviceMap WithBicomState(DeviceMap map)
    {
        if (map.Bicom == null || map.IndexOf(StatePath) >= 0) return map;
        var state = new Measurement
        {
            Path = StatePath, Table = RegisterTable.Holding, Register = map.Bicom.StateRegister,
            Encoding = RegisterEncoding.UInt16, Unit = "1",
        };
        return new DeviceMap
        {
            Model = map.Model, Matches = map.Matches, ModelRegister = map.ModelRegister, ModelWords = map.ModelWords,
            SerialRegister = map.SerialRegister, SerialWords = map.SerialWords, Measurements = [.. map.Measurements, state],
            Counters = map.Counters, Bicom = map.Bicom, Writable = map.Writable, Readable = map.Readable,
            Communication = map.Communication,
        };
    }
}
