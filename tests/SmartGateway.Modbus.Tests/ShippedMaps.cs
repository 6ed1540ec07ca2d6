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
        DeviceCatalog catalog = DeviceCatalog.LoadDirectory(Directory);
        if (catalog.Diagnostics.HasErrors) throw new InvalidOperationException(string.Join("\n", catalog.Diagnostics.Items));
        return catalog;
    }
}
