using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;

namespace SmartGateway.Modbus.Tests;

/// <summary>The device maps shipped in rules/devices, compiled once.</summary>
internal static class ShippedMaps
{
    private static readonly Lazy<Dictionary<string, DeviceMap>> All = new(Load);

    public static string Directory
    {
        get
        {
            string? dir = AppContext.BaseDirectory;
            while (dir != null && !File.Exists(Path.Combine(dir, "SmartGateway.sln"))) dir = Path.GetDirectoryName(dir);
            return Path.Combine(dir ?? throw new InvalidOperationException("cannot find SmartGateway.sln above the test binaries"), "rules", "devices");
        }
    }

    public static IReadOnlyDictionary<string, DeviceMap> Maps => All.Value;

    public static DeviceMap Get(string model) => All.Value[model];

    private static Dictionary<string, DeviceMap> Load()
    {
        var maps = new Dictionary<string, DeviceMap>();
        foreach (string file in System.IO.Directory.GetFiles(Directory, "*.json"))
        {
            var bag = new DiagnosticBag();
            DeviceMap map = DeviceMapCompiler.Compile(file, File.ReadAllText(file), bag)
                ?? throw new InvalidOperationException(string.Join("\n", bag.Items));
            maps[map.Model] = map;
        }
        return maps;
    }
}
