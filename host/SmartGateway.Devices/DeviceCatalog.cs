using SmartGateway.Runtime.Devices;

namespace SmartGateway.Devices;

/// <summary>
/// The device maps the host knows, as compiled runtime tables (the host compiles them from its map directory with
/// SmartGateway.Compiler.Devices.DeviceMapDirectory; the devices never see map text).
/// </summary>
public sealed class DeviceCatalog(IReadOnlyList<DeviceMap> maps)
{
    public IReadOnlyList<DeviceMap> Maps => maps;

    /// <summary>The map whose model name is exactly model, or null.</summary>
    public DeviceMap? ByModel(string model) => maps.FirstOrDefault(m => m.Model == model);

    /// <summary>The map serving a device that identifies itself as model ("WM3M4C" → the WM3M4C map), or null.</summary>
    public DeviceMap? ForIdentification(string model) => maps.FirstOrDefault(m => m.Serves(model));
}
