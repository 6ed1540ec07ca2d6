using System.Globalization;
using System.Text;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Syntax.Json;
using SmartGateway.Runtime.Devices;

namespace SmartGateway.Compiler.Devices;

/// <summary>
/// A buses file (rules/devices/README.md, "Bus setup"): which device map sits at which address of which
/// bus, with the line settings the planner's wire-time formula needs. Map paths are relative to the file;
/// the caller reads them (<c>loadMap</c>), so this stays free of file access.
/// </summary>
public static class BusSetupReader
{
    private static readonly string[] Buses = ["ir.left", "ir.right", "rs485", "tcp"];

    /// <summary>The buses, or null when the file or any map it names has an error.</summary>
    /// <param name="loadMap">Compiles the map file at a path (reporting at the span that names it), or null.</param>
    public static IReadOnlyList<BusSetup>? Read(string file, string text, DiagnosticBag bag, Func<string, SourceSpan, DeviceMap?> loadMap)
    {
        int before = bag.ErrorCount;
        JNode? root = JsonDom.Parse(file, Encoding.UTF8.GetBytes(text), bag);
        if (root == null) return null;
        if (root is not JObject rootObject)
        {
            bag.Add(DiagnosticCodes.JsonWrongType, root.Span, "document", "an object");
            return null;
        }
        var top = new JsonObjectReader(rootObject, "", bag, "version", "buses", "notes");
        long? version = top.Integer("version", long.MinValue, long.MaxValue);
        if (version is not null and not 1) bag.Add(DiagnosticCodes.JsonBadVersion, top.SpanOf("version"), "version", version.Value);
        string directory = Path.GetDirectoryName(file) ?? "";
        var result = new List<BusSetup>();
        var context = new Context(directory, bag, loadMap);
        IReadOnlyList<JNode> items = top.Items("buses", true);
        for (int i = 0; i < items.Count; i++)
        {
            BusSetup? bus = ReadBus(top, items[i], $"buses[{i}]", context);
            if (bus == null) continue;
            if (bus.Name != "tcp" && result.Exists(b => b.Name == bus.Name)) bag.Add(DiagnosticCodes.BusDuplicate, bus.Span, $"buses[{i}]", "bus " + bus.Name);
            result.Add(bus);
        }
        return bag.ErrorCount > before ? null : result;
    }

    private static BusSetup? ReadBus(JsonObjectReader top, JNode item, string path, Context context)
    {
        DiagnosticBag bag = context.Bag;
        JsonObjectReader? o = top.Nested(item, path, "bus", "baud", "parity", "stop_bits", "host", "port", "latency_ms", "devices", "notes");
        if (o == null) return null;
        string? name = o.Text("bus");
        if (name == null) return null;
        if (Array.IndexOf(Buses, name) < 0)
        {
            bag.Add(DiagnosticCodes.BusUnknown, o.SpanOf("bus"), o.PathOf("bus"), name);
            return null;
        }
        bool ir = name.StartsWith("ir.", StringComparison.Ordinal);
        // IR ports always run at 19200 8N1 (manual); only RS485 has line settings to choose.
        if (name != "rs485")
        {
            foreach (string fixedSetting in new[] { "baud", "parity", "stop_bits" })
            {
                if (o.Has(fixedSetting)) bag.Add(DiagnosticCodes.JsonUnknownMember, o.SpanOf(fixedSetting), path, fixedSetting);
            }
        }
        if (name != "tcp")
        {
            foreach (string tcpOnly in new[] { "host", "port" })
            {
                if (o.Has(tcpOnly)) bag.Add(DiagnosticCodes.JsonUnknownMember, o.SpanOf(tcpOnly), path, tcpOnly);
            }
        }
        else
        {
            o.Text("host");
            o.Integer("port", 1, 65535, false);
        }
        var timing = new BusTiming
        {
            Tcp = name == "tcp",
            Baud = ir ? 19200 : (int)(o.Integer("baud", 1200, 115200, false) ?? 115200),
            Parity = (o.Choice("parity", ParityOf, "none, even, odd", false) ?? 0) != 0,
            StopBits = (int)(o.Integer("stop_bits", 1, 2, false) ?? 1),
            DeviceLatencyMicros = 1000 * (o.Integer("latency_ms", 0, 10000, false) ?? 1),
        };
        var devices = new List<BusDevice>();
        IReadOnlyList<JNode> items = o.Items("devices", true);
        if (ir && items.Count != 1) bag.Add(DiagnosticCodes.BusIrOneDevice, o.SpanOf("devices"), o.PathOf("devices"));
        for (int i = 0; i < items.Count; i++)
        {
            BusDevice? device = ReadDevice(o, items[i], $"{path}.devices[{i}]", name, context);
            if (device == null) continue;
            if (devices.Exists(d => d.Address == device.Address))
                bag.Add(DiagnosticCodes.BusDuplicate, device.Span, $"{path}.devices[{i}]", "address " + device.Address.ToString(CultureInfo.InvariantCulture));
            else if (!context.Interfaces.Add(device.Interface))
                bag.Add(DiagnosticCodes.BusDuplicate, device.Span, $"{path}.devices[{i}]", "interface " + device.Interface);
            devices.Add(device);
        }
        return new BusSetup(name, timing, devices, item.Span);
    }

    private static BusDevice? ReadDevice(JsonObjectReader bus, JNode item, string path, string busName, Context context)
    {
        DiagnosticBag bag = context.Bag;
        JsonObjectReader? o = bus.Nested(item, path, "address", "map", "interface", "notes");
        if (o == null) return null;
        long? address = o.Integer("address", 1, 247);
        string? mapFile = o.Text("map");
        string? iface = o.Text("interface", false);
        if (address == null || mapFile == null) return null;
        // Rules name IR devices by their port and RS485 (and TCP) devices by their address (docs/FORMATS.md).
        iface ??= busName.StartsWith("ir.", StringComparison.Ordinal) ? busName : "rs485." + address.Value.ToString(CultureInfo.InvariantCulture);
        if (!InputCatalog.IsInterface(iface))
        {
            bag.Add(DiagnosticCodes.BusBadInterface, o.SpanOf("interface"), o.PathOf("interface"), iface);
            return null;
        }
        string full = Path.Combine(context.Directory, mapFile);
        // Each map file is compiled once, so a model used at several addresses reports its errors once.
        if (!context.Maps.TryGetValue(full, out DeviceMap? map)) context.Maps[full] = map = context.LoadMap(full, o.SpanOf("map"));
        return map == null ? null : new BusDevice((byte)address.Value, iface, map, item.Span);
    }

    private sealed record Context(string Directory, DiagnosticBag Bag, Func<string, SourceSpan, DeviceMap?> LoadMap)
    {
        public HashSet<string> Interfaces { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, DeviceMap?> Maps { get; } = new(StringComparer.Ordinal);
    }

    private static (bool, byte) ParityOf(string s) => (s is "none" or "even" or "odd", s == "none" ? (byte)0 : (byte)1);
}
