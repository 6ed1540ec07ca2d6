using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;

namespace SmartGateway.Compiler.Devices;

/// <summary>
/// Compiles a directory of JSON device maps (rules/devices, the host's Gateway:DeviceMaps) into runtime tables.
/// A map with errors is left out with its diagnostics; the others still load.
/// </summary>
public static class DeviceMapDirectory
{
    public static IReadOnlyList<DeviceMap> Compile(string directory, DiagnosticBag diagnostics)
    {
        var maps = new List<DeviceMap>();
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
                diagnostics.Add(DiagnosticCodes.CannotRead, SourceSpan.None(file), e.Message);
                continue;
            }
            DeviceMap? map = DeviceMapCompiler.Compile(file, text, diagnostics);
            if (map != null) maps.Add(map);
        }
        return maps;
    }
}
