using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Devices;

/// <summary>What the planner predicts for one bus a rule set reads: its transactions and cycle time.</summary>
public sealed record BusReport(string Bus, PollPlan Plan);

/// <summary>
/// Can a rule set get fresh inputs every tick? Plans, per bus of a bus setup, the reads the rules need
/// and reports SG4101 at the first automation reading a bus whose predicted cycle is longer than a tick.
/// A cycle reads: every register a rule input uses (measurements by the device's map, raw reg/ireg
/// inputs as such), every counter of every device (recorders and the 15-minute load profile take them
/// at their boundaries, which can fall in any tick), and every Bicom's state register (relay state in
/// the REST API and MQTT). Measurements no rule uses are not in the cycle: the REST API serves them
/// from reads between cycles, which may lag.
/// </summary>
public static class RuleBusCheck
{
    public const long TickMicros = 1_000_000;

    public static IReadOnlyList<BusReport> Check(BoundRuleSet rules, IReadOnlyList<BusSetup> buses, DiagnosticBag bag)
    {
        var devices = new Dictionary<string, Planned>(StringComparer.Ordinal);
        foreach (BusSetup bus in buses)
        {
            foreach (BusDevice d in bus.Devices) devices[d.Interface] = new Planned(bus, d);
        }
        var firstReader = new Dictionary<BusSetup, SourceSpan>();
        foreach (BoundAutomation automation in rules.Automations)
        {
            foreach ((string input, SourceSpan span) in Inputs(automation.Condition))
            {
                string? iface = InterfaceOf(input);
                if (iface == null) continue;
                if (!devices.TryGetValue(iface, out Planned? device))
                {
                    bag.Add(DiagnosticCodes.InputWithoutDevice, span, input, iface);
                    continue;
                }
                string rest = input[(iface.Length + 1)..];
                if (!device.Want(rest)) bag.Add(DiagnosticCodes.InputNotInMap, span, input, device.Device.Map.Model, iface, rest);
                if (!firstReader.ContainsKey(device.Bus)) firstReader[device.Bus] = automation.Span;
            }
        }
        var reports = new List<BusReport>();
        foreach (BusSetup bus in buses)
        {
            if (!firstReader.TryGetValue(bus, out SourceSpan span)) continue;
            PollDevice[] poll = [.. bus.Devices.Select(d => devices[d.Interface].ToPollDevice())];
            reports.Add(new BusReport(bus.Name, BusLoadCheck.Check(bus.Name, poll, bus.Timing, TickMicros, span, bag)));
        }
        return reports;
    }

    /// <summary>The interface an input path reads (ir.left, ir.right, rs485.A), or null for gateway inputs.</summary>
    private static string? InterfaceOf(string path)
    {
        string[] parts = path.Split('.');
        if (parts.Length < 3) return null;
        string candidate = parts[0] + "." + parts[1];
        return InputCatalog.IsInterface(candidate) ? candidate : null;
    }

    private static IEnumerable<(string Path, SourceSpan Span)> Inputs(BoundCondition condition) => condition switch
    {
        BoundAnd a => a.Items.SelectMany(Inputs),
        BoundOr o => o.Items.SelectMany(Inputs),
        BoundNot n => Inputs(n.Operand),
        BoundCompare c => c.Terms.Select(t => (t.Input.Path, c.Span)),
        _ => [],
    };

    /// <summary>A device being planned: its map, extended by raw registers and Bicom state, and what is wanted.</summary>
    private sealed class Planned
    {
        private readonly List<Measurement> _measurements;
        private readonly SortedSet<int> _wanted = [];

        public Planned(BusSetup bus, BusDevice device)
        {
            Bus = bus;
            Device = device;
            _measurements = [.. device.Map.Measurements];
            for (int i = 0; i < _measurements.Count; i++)
            {
                if (_measurements[i].Path.StartsWith("counter.", StringComparison.Ordinal)) _wanted.Add(i);
            }
            if (device.Map.Bicom is { } bicom)
            {
                _wanted.Add(Add(new Measurement
                {
                    Path = "state", Table = RegisterTable.Holding, Register = bicom.StateRegister, Encoding = RegisterEncoding.UInt16, Unit = "1",
                }));
            }
        }

        public BusSetup Bus { get; }
        public BusDevice Device { get; }

        /// <summary>Adds the measurement a path below the interface needs; false when the map has none.</summary>
        public bool Want(string path)
        {
            int index = Device.Map.IndexOf(path);
            if (index < 0) index = _measurements.FindIndex(m => m.Path == path);
            if (index < 0 && RawRegister(path) is { } raw) index = Add(raw);
            if (index < 0) return false;
            _wanted.Add(index);
            return true;
        }

        public PollDevice ToPollDevice()
        {
            DeviceMap map = Device.Map;
            var extended = new DeviceMap
            {
                Model = map.Model, Matches = map.Matches, Measurements = [.. _measurements], Counters = map.Counters,
                Bicom = map.Bicom, Writable = map.Writable, Readable = map.Readable, Communication = map.Communication,
            };
            return new PollDevice(Device.Address, extended, [.. _wanted]);
        }

        private int Add(Measurement m)
        {
            _measurements.Add(m);
            return _measurements.Count - 1;
        }

        /// <summary>"reg.R.T" (holding) / "ireg.R.T" (input): the raw number, read wherever it is.</summary>
        private static Measurement? RawRegister(string path)
        {
            string[] parts = path.Split('.');
            if (parts.Length != 3 || (parts[0] != "reg" && parts[0] != "ireg")) return null;
            if (!int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int register)) return null;
            if (!RegisterTypes.TryParse(parts[2], out RegisterType type)) return null;
            return new Measurement
            {
                Path = path, Table = parts[0] == "reg" ? RegisterTable.Holding : RegisterTable.Input,
                Register = register, Encoding = (byte)type, Unit = "",
            };
        }
    }
}
