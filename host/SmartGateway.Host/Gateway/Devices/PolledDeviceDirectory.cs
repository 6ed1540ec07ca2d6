using Microsoft.Extensions.Options;
using SmartGateway.Devices;
using SmartGateway.Host.Configuration;
using SmartGateway.Host.Storage;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Host.Gateway.Devices;

/// <summary>
/// The 18 slots as the devices identified themselves (model, serial, software version, description and
/// location from their own registers): slot 0 = the left IR meter, 1 = the right IR Bicom, 2..17 = RS485
/// devices (Modbus TCP meters at their configured RS485 slot, the rest in address order). An IR port switched
/// off on the IR devices tab shows "Disabled" and its device is neither listed nor read.
/// </summary>
public sealed class PolledDeviceDirectory : IDeviceDirectory
{
    private readonly DeviceStack _stack;
    private readonly GatewayOptions _options;
    private readonly SettingsStore _settings;
    private readonly ILogger<PolledDeviceDirectory> _logger;
    private readonly RebuiltOnChange<DeviceSlot[]> _slots;

    public PolledDeviceDirectory(DeviceStack stack, IOptions<GatewayOptions> options, SettingsStore settings, ILogger<PolledDeviceDirectory> logger)
    {
        _stack = stack;
        _options = options.Value;
        _settings = settings;
        _logger = logger;
        _slots = new RebuiltOnChange<DeviceSlot[]>(Build);
        stack.Changed += _slots.Changed;
        settings.Changed += _ => _slots.Changed();
    }

    public IReadOnlyList<DeviceSlot> Slots => _slots.Value;

    /// <remarks>An address configured on RS485 or a Modbus TCP meter that has not answered yet is a device the list may
    /// still lack, however long it takes; an IR port with nothing in front of it is normal ("Not Detected") and does not
    /// hold the list back.</remarks>
    public bool Complete => _stack.Identified.IsCompleted
        && _stack.Lines.All(l => l.IsIr || l.Pending.Count == 0);

    /// <summary>The identified device in a slot and the line it is on, or null for an empty slot.</summary>
    public (DeviceLine Line, IdentifiedDevice Device)? DeviceIn(int slot)
    {
        if (slot is < 0 or >= DeviceSlot.Count) return null;
        return Assign()[slot];
    }

    /// <summary>Writes the strings to the device (holding 101–140, 20 registers each) and shows them at once.</summary>
    public void Describe(int slot, string? description, string? location)
    {
        if (DeviceIn(slot) is not var (line, device)) return;
        IdentifiedDevice updated = device with { Description = description ?? device.Description, Location = location ?? device.Location };
        ushort[] words = new ushort[40];
        PutText(words, 0, updated.Description);
        PutText(words, 20, updated.Location);
        try
        {
            ModbusResult r = line.Bus.Execute(ModbusRequest.WriteMultiple(device.Unit, 101, words));
            if (!r.Ok) _logger.LogWarning("{Interface}: writing description and location: {Result}", device.Interface, r);
        }
        catch (ModbusCommunicationException exception)
        {
            _logger.LogWarning("{Interface}: writing description and location: {Message}", device.Interface, exception.Message);
        }
        line.Replace(device, updated);
    }

    private DeviceSlot[] Build()
    {
        (DeviceLine, IdentifiedDevice)?[] assigned = Assign();
        var slots = new DeviceSlot[DeviceSlot.Count];
        for (int slot = 0; slot < slots.Length; slot++)
        {
            string name = DeviceSlot.InterfaceName(slot);
            if (assigned[slot] is var (_, d))
                slots[slot] = new DeviceSlot(slot, name, d.Unit, d.Model, d.Serial, d.Description, d.Location, d.SwVer);
            else
                // An IR port is always there, so its empty slot was looked at; RS485 slots are used as devices are found.
                slots[slot] = new DeviceSlot(slot, name, slot >= 2 ? slot - 1 : null,
                    slot < 2 && IrEnabled(slot) ? DeviceSlot.NotDetected : DeviceSlot.Disabled, "", "", "", "");
        }
        return slots;
    }

    private (DeviceLine, IdentifiedDevice)?[] Assign()
    {
        var slots = new (DeviceLine, IdentifiedDevice)?[DeviceSlot.Count];
        if (IrEnabled(0) && First(DeviceStack.LeftIr) is var (leftLine, left)) slots[0] = (leftLine, left);
        if (IrEnabled(1) && First(DeviceStack.RightIr) is var (rightLine, right)) slots[1] = (rightLine, right);
        var rest = new List<(DeviceLine, IdentifiedDevice)>();
        foreach (DeviceLine line in _stack.Lines)
        {
            if (line.IsIr) continue;
            TcpMeterOptions? meter = _options.TcpMeters.FirstOrDefault(m => line.Name == $"tcp {m.Host}:{m.Port}");
            foreach (IdentifiedDevice device in line.Devices)
            {
                if (meter is { Rs485Slot: >= 1 and <= 16 } && slots[meter.Rs485Slot + 1] == null) slots[meter.Rs485Slot + 1] = (line, device);
                else rest.Add((line, device));
            }
        }
        int next = 2;
        foreach ((DeviceLine, IdentifiedDevice) entry in rest.OrderBy(e => e.Item2.Unit))
        {
            while (next < DeviceSlot.Count && slots[next] != null) next++;
            if (next == DeviceSlot.Count) break;
            slots[next] = entry;
        }
        return slots;
    }

    /// <summary>Whether the IR device of slot 0 (left) or 1 (right) is switched on in the settings.</summary>
    public bool IrEnabled(int slot) => slot == 0 ? _settings.Current.Ir.LeftEnabled : _settings.Current.Ir.RightMode == "controlled";

    private (DeviceLine, IdentifiedDevice)? First(string lineName) =>
        _stack.Line(lineName) is DeviceLine line && line.Devices.Count > 0 ? (line, line.Devices[0]) : null;

    /// <summary>Two characters a register, high byte first, padded with spaces (pyiskra strips spaces, not NULs).</summary>
    private static void PutText(ushort[] words, int offset, string text)
    {
        string padded = text.PadRight(40)[..40];
        for (int n = 0; n < 20; n++)
            words[offset + n] = (ushort)((padded[2 * n] & 0xFF) << 8 | (padded[2 * n + 1] & 0xFF));
    }
}
