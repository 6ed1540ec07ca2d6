namespace SmartGateway.Compiler.Binding;

/// <summary>One device of a line-up: the interface rules name it by (ir.left, ir.right, rs485.A), its model, and
/// whether it is a Bicom (a relay actions can switch) rather than a meter.</summary>
public sealed record LineUpDevice(string Interface, string Model, bool IsBicom);

/// <summary>
/// The devices a rule set will run against, when known: a bus setup file for <c>sgc check --devices</c>, the live
/// devices in the host. With it the binder checks action targets: a Bicom action on an interface that holds no
/// Bicom is an error, a Modbus write to an RS485 address no device answers is a warning.
/// </summary>
public sealed class DeviceLineUp
{
    private readonly Dictionary<string, LineUpDevice> _devices = new(StringComparer.Ordinal);

    /// <summary>The line-up of these devices; a later device on an interface already given replaces the earlier.</summary>
    public DeviceLineUp(IEnumerable<LineUpDevice> devices)
    {
        foreach (LineUpDevice d in devices) _devices[d.Interface] = d;
    }

    /// <summary>The device at an interface, or null when none is there.</summary>
    public LineUpDevice? At(string iface) => _devices.TryGetValue(iface, out LineUpDevice? d) ? d : null;

    /// <summary>True when a device answers at this RS485 (or Modbus TCP) address.</summary>
    public bool Answers(int address) => _devices.ContainsKey("rs485." + address.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
