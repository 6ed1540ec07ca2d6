using SmartGateway.Compiler.Diagnostics;

namespace SmartGateway.Compiler.Tariffs;

/// <summary>File access kept apart from the pure compile, so the source generator can link the rest.</summary>
public static partial class TariffCompiler
{
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
