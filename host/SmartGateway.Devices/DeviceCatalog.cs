using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;

namespace SmartGateway.Devices;

/// <summary>
/// The device maps the host knows, compiled from a directory of JSON maps (rules/devices). A map with
/// errors is left out and its diagnostics kept; the others still load.
/// </summary>
public sealed class DeviceCatalog
{
    private readonly List<DeviceMap> _maps = [];

    public IReadOnlyList<DeviceMap> Maps => _maps;
    public DiagnosticBag Diagnostics { get; } = new();

    public static DeviceCatalog LoadDirectory(string directory)
    {
        var catalog = new DeviceCatalog();
        // buses*.json beside the maps are bus setups for sgc --devices, not maps.
        foreach (string file in Directory.GetFiles(directory, "*.json").Where(f => !DeviceMapFiles.IsBusSetupFile(f)).Order(StringComparer.Ordinal))
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (IOException e)
            {
                catalog.Diagnostics.Add(DiagnosticCodes.CannotRead, SourceSpan.None(file), e.Message);
                continue;
            }
            DeviceMap? map = DeviceMapCompiler.Compile(file, text, catalog.Diagnostics);
            if (map != null) catalog._maps.Add(map);
        }
        return catalog;
    }

    /// <summary>The map whose model name is exactly model, or null.</summary>
    public DeviceMap? ByModel(string model) => _maps.FirstOrDefault(m => m.Model == model);

    /// <summary>The map serving a device that identifies itself as model ("WM3M4C" → the WM3M4C map), or null.</summary>
    public DeviceMap? ForIdentification(string model) => _maps.FirstOrDefault(m => m.Serves(model));
}
