using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;

namespace SmartGateway.Compiler.Devices;

/// <summary>
/// Device map files: <c>.sgd</c> is the text DSL, anything else JSON. Both front ends fill the same
/// <see cref="DeviceMap"/>, so a map compiles to the same tables whichever way it is written.
/// </summary>
public static class DeviceMapFiles
{
    public static bool IsDsl(string path) => path.EndsWith(".sgd", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True for files sgc checks as device maps rather than rules: every <c>.sgd</c>, and a <c>.json</c>
    /// in a directory named <c>devices</c> unless its name starts with <c>buses</c> (a bus setup).
    /// </summary>
    public static bool IsDeviceMapFile(string path)
    {
        if (IsDsl(path)) return true;
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || IsBusSetupFile(path)) return false;
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        return dir != null && Path.GetFileName(dir) == "devices";
    }

    /// <summary>A <c>buses*.json</c> in a directory named <c>devices</c>: a bus setup, checked as one.</summary>
    public static bool IsBusSetupFile(string path)
    {
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        return dir != null && Path.GetFileName(dir) == "devices" &&
            Path.GetFileName(path).StartsWith("buses", StringComparison.Ordinal) &&
            path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Compiles map text by the file's kind; null (with diagnostics) on any error.</summary>
    public static DeviceMap? Compile(string path, string text, DiagnosticBag bag) =>
        IsDsl(path) ? DeviceMapGrammar.Compile(path, text, bag) : DeviceMapCompiler.Compile(path, text, bag);

    /// <summary>The map as written (for formatting), or null after a syntax error.</summary>
    public static DeviceMapModel? ReadModel(string path, string text, DiagnosticBag bag) =>
        IsDsl(path) ? DeviceMapGrammar.Parse(path, text, bag) : DeviceMapJsonReader.Read(path, text, bag);

    /// <summary>Reads and compiles a map file; an unreadable file is reported at <paramref name="from"/>.</summary>
    public static DeviceMap? Load(string path, SourceSpan from, DiagnosticBag bag)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            bag.Add(DiagnosticCodes.DeviceMapUnreadable, from, "map", path, e.Message);
            return null;
        }
        return Compile(path, text, bag);
    }
}
