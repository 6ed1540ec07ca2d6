using SmartGateway.Firmware.Devices;
using SmartGateway.Runtime;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Time;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Firmware.Rules;

/// <summary>
/// Resolves each of an image's input paths once, when the image is loaded, to a source (time field,
/// tariff, temperature, pulse, or a device slot's measurement), so that filling a snapshot every tick
/// compares no strings and allocates nothing.
/// </summary>
public sealed class InputBinding
{
    private readonly int[] _source;
    private readonly int[] _argument;
    private readonly DeviceSlot[] _slot;

    public InputBinding(Image image, DeviceSlot[] slots)
    {
        int n = image.Inputs.Length;
        _source = new int[n];
        _argument = new int[n];
        _slot = new DeviceSlot[n];
        for (int i = 0; i < n; i++) Bind(i, image.Inputs[i], slots);
    }

    /// <summary>How many inputs no source serves (reported when an image is installed).</summary>
    public int Unbound
    {
        get
        {
            int count = 0;
            for (int i = 0; i < _source.Length; i++) if (_source[i] == InputSource.None) count++;
            return count;
        }
    }

    [NanoHotPath]
    public void Fill(Snapshot snapshot, GatewayInputs gateway)
    {
        for (int i = 0; i < _source.Length; i++)
        {
            switch (_source[i])
            {
                case InputSource.Time:
                    if (gateway.TimeValid) snapshot.Set(i, TimeInputs.Value(_argument[i], gateway.Local));
                    else snapshot.SetInvalid(i);
                    break;
                case InputSource.Tariff:
                    if (gateway.TariffValid) snapshot.Set(i, gateway.Tariff * Fixed.Scale);
                    else snapshot.SetInvalid(i);
                    break;
                case InputSource.Temperature:
                    if (gateway.TemperatureValid) snapshot.Set(i, gateway.TemperatureMicro);
                    else snapshot.SetInvalid(i);
                    break;
                case InputSource.Pulse:
                    if (gateway.PulseValid) snapshot.Set(i, gateway.PulseMicroWh);
                    else snapshot.SetInvalid(i);
                    break;
                case InputSource.Device:
                    DeviceSlot slot = _slot[i];
                    int m = _argument[i];
                    if (slot.Valid[m]) snapshot.Set(i, slot.Values[m]);
                    else snapshot.SetInvalid(i);
                    break;
                default:
                    snapshot.SetInvalid(i);
                    break;
            }
        }
    }

    private void Bind(int i, string path, DeviceSlot[] slots)
    {
        int time = TimeInputs.KindOf(path);
        if (time != TimeInputs.None)
        {
            _source[i] = InputSource.Time;
            _argument[i] = time;
            return;
        }
        if (path == "tariff") { _source[i] = InputSource.Tariff; return; }
        if (path == "temperature") { _source[i] = InputSource.Temperature; return; }
        if (path == "pulse") { _source[i] = InputSource.Pulse; return; }
        for (int s = 0; s < slots.Length; s++)
        {
            string prefix = slots[s].Interface + ".";
            if (!path.StartsWith(prefix)) continue;
            int m = MeasurementOf(slots[s], path.Substring(prefix.Length));
            if (m < 0) return;
            _source[i] = InputSource.Device;
            _slot[i] = slots[s];
            _argument[i] = m;
            return;
        }
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
