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
    /// Give a full path: the rule looks at the path's own directory names, never at the file system.
    /// </summary>
    public static bool IsDeviceMapFile(string path) =>
        IsDsl(path) || (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && InDevices(path) && !IsBusSetupFile(path));

    /// <summary>A <c>buses*.json</c> in a directory named <c>devices</c>: a bus setup, checked as one.</summary>
    public static bool IsBusSetupFile(string path) =>
        InDevices(path) && Path.GetFileName(path).StartsWith("buses", StringComparison.Ordinal) &&
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static bool InDevices(string path) => Path.GetFileName(Path.GetDirectoryName(path)) == "devices";

    /// <summary>Compiles map text by the file's kind; null (with diagnostics) on any error.</summary>
    public static DeviceMap? Compile(string path, string text, DiagnosticBag bag) =>
        IsDsl(path) ? DeviceMapGrammar.Compile(path, text, bag) : DeviceMapCompiler.Compile(path, text, bag);

    /// <summary>The map as written (for formatting), or null after a syntax error.</summary>
    public static DeviceMapModel? ReadModel(string path, string text, DiagnosticBag bag) =>
        IsDsl(path) ? DeviceMapGrammar.Parse(path, text, bag) : DeviceMapJsonReader.Read(path, text, bag);
}
