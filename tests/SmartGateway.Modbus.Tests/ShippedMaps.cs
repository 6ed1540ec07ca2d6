using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Devices;
using SmartGateway.Runtime.Devices;

namespace SmartGateway.Modbus.Tests;

/// <summary>The device maps shipped in rules/devices, compiled once.</summary>
internal static class ShippedMaps
{
    private static readonly Lazy<DeviceCatalog> Catalog = new(Load);

    public static string Directory
    {
        get
        {
            string? dir = AppContext.BaseDirectory;
            while (dir != null && !File.Exists(Path.Combine(dir, "SmartGateway.sln"))) dir = Path.GetDirectoryName(dir);
            return Path.Combine(dir ?? throw new InvalidOperationException("cannot find SmartGateway.sln above the test binaries"), "rules", "devices");
        }
    }

    public static IReadOnlyList<DeviceMap> Maps => Catalog.Value.Maps;

    public static DeviceMap Get(string model) => Catalog.Value.ByModel(model) ?? throw new InvalidOperationException($"no shipped map for {model}");

    private static DeviceCatalog Load()
    {
        var diagnostics = new DiagnosticBag();
        var catalog = new DeviceCatalog(DeviceMapDirectory.Compile(Directory, diagnostics));
        if (diagnostics.HasErrors) throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        return catalog;
    }
}
