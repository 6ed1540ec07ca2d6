using SmartGateway.Compiler.Diagnostics;

namespace SmartGateway.Compiler.Syntax;

/// <summary>
/// The largest rule source the compiler takes (docs/FORMATS.md, "Limits"). A larger one is refused before
/// it is parsed, with SG2001 at the place the limit is crossed, so no input can hold the compiler (or the
/// gateway compiling it) for long or make it take memory out of proportion.
/// </summary>
public static class SourceLimits
{
    /// <summary>Room for the 10,000-automation workload as indented JSON (35 MB); its DSL is 4 MB.</summary>
    public const int MaxSourceBytes = 64 * 1024 * 1024;

    /// <summary>The image's hysteresis and timer slots are 16-bit indices; one comparison takes at most one of each.</summary>
    public const int MaxComparisons = ushort.MaxValue - 1;

    /// <summary>False, after reporting SG2001 at the first byte past the limit, when the source is too large.</summary>
    public static bool SizeIsBounded(string path, byte[] source, DiagnosticBag diagnostics)
    {
        if (source.Length <= MaxSourceBytes) return true;
        int line = 1, column = 1;
        for (int i = 0; i < MaxSourceBytes; i++)
        {
            if (source[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((source[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }
        diagnostics.Add(DiagnosticCodes.LimitExceeded, new SourceSpan(path, line, column), MaxSourceBytes, "bytes of source");
        return false;
    }

    /// <summary>Reports SG2001 at the comparison that is one too many.</summary>
    public static void TooManyComparisons(SourceSpan at, DiagnosticBag diagnostics) =>
        diagnostics.Add(DiagnosticCodes.LimitExceeded, at, MaxComparisons, "comparisons");
}
