using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Devices;
using SmartGateway.Runtime.Devices;
using SmartGateway.Tests.Shared;

namespace SmartGateway.Modbus.Tests;

/// <summary>The device maps shipped in rules/devices, compiled once.</summary>
internal static class ShippedMaps
{
    private static readonly Lazy<DeviceCatalog> Catalog = new(Load);

    public static string Directory => Repository.RepoFile("rules/devices");

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
