using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;

namespace SmartGateway.Cli;

/// <summary>
/// File access for device maps and bus setups. The compiler's device front ends take text (the source
/// generator compiles them without file access); sgc reads the files here.
/// </summary>
internal static class DeviceFiles
{
    /// <summary>A bus setup file and every map it names (relative to it), or null with diagnostics.</summary>
    public static IReadOnlyList<BusSetup>? ReadBusSetup(string path, DiagnosticBag bag)
    {
        string? text = Read(path, SourceSpan.None(path), bag);
        return text == null ? null : BusSetupReader.Read(path, text, bag, (map, from) => LoadMap(map, from, bag));
    }

    /// <summary>Reads and compiles a map file; an unreadable file is reported at <paramref name="from"/>.</summary>
    public static DeviceMap? LoadMap(string path, SourceSpan from, DiagnosticBag bag)
    {
        try
        {
            return DeviceMapFiles.Compile(path, File.ReadAllText(path), bag);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            bag.Add(DiagnosticCodes.DeviceMapUnreadable, from, "map", path, e.Message);
            return null;
        }
    }

    /// <summary>How sgc check and fmt tell device files from rule files (rules/devices/README.md).</summary>
    public static bool IsDeviceMap(string path) => path != "-" && DeviceMapFiles.IsDeviceMapFile(Path.GetFullPath(path));

    public static bool IsBusSetup(string path) => path != "-" && DeviceMapFiles.IsBusSetupFile(Path.GetFullPath(path));

    private static string? Read(string path, SourceSpan at, DiagnosticBag bag)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            bag.Add(DiagnosticCodes.CannotRead, at, e.Message);
            return null;
        }
    }
}
