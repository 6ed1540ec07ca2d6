using SmartGateway.Compiler.Diagnostics;

namespace SmartGateway.Compiler.Tariffs;

/// <summary>File access kept apart from the pure compile, so the source generator can link the rest.</summary>
public static partial class TariffCompiler
{
    /// <summary>
    /// True for files <c>sgc fmt</c> formats as tariff calendars: every <c>.sgt</c>, and a <c>.json</c> in a directory
    /// named <c>tariffs</c>. Give a full path: the rule looks at the path's own directory names, never at the file system.
    /// </summary>
    public static bool IsCalendarFile(string path) =>
        path.EndsWith(".sgt", StringComparison.OrdinalIgnoreCase) ||
        (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && Path.GetFileName(Path.GetDirectoryName(path)) == "tariffs");

    /// <summary>Reads a calendar from a file: source is compiled, a compiled image (magic SGTC) is verified.</summary>
    public static TariffCompilation CompileFile(string path)
    {
        try
        {
            return CompileBytes(path, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var bag = new DiagnosticBag();
            bag.Add(DiagnosticCodes.CannotRead, SourceSpan.None(path), e.Message);
            return new TariffCompilation(null, null, bag);
        }
    }
}
