using Microsoft.CodeAnalysis;

namespace SmartGateway.NanoAnalyzer;

/// <summary>
/// The nano-safe check's diagnostics. Ids follow docs/NANO.md §5's rule numbers (NANO002 = N2, ...); NANO001 is
/// N1 (the API exists on the line), NANO000 a misconfigured check. String members (N12) are N1's job.
/// Ids are stable: AnalyzerReleases.*.md lists them.
/// </summary>
internal static class NanoDescriptors
{
    private const string Category = "NanoFramework";

    public static readonly DiagnosticDescriptor Configuration = Make("NANO000", "Nano check is misconfigured", "Nano check is misconfigured: {0}");

    public static readonly DiagnosticDescriptor Api = Make("NANO001", "Not available on nanoFramework",
        "'{0}' is not available on nanoFramework {1}: {2}");

    public static readonly DiagnosticDescriptor Generics = Make("NANO002", "Generics do not run on nanoFramework 1.x",
        "{0} '{1}' is generic; the nanoFramework 1.x runtime has no generics");

    public static readonly DiagnosticDescriptor ForbiddenType = Make("NANO003", "Type not usable in nano-safe code",
        "'{0}' is not usable in nano-safe code: {1}");

    public static readonly DiagnosticDescriptor Language = Make("NANO004", "Language feature not supported on nanoFramework",
        "{0} is not supported on nanoFramework");

    public static readonly DiagnosticDescriptor Decimal = Make("NANO005", "decimal does not exist on nanoFramework",
        "'{0}' uses decimal, which does not exist on nanoFramework");

    public static readonly DiagnosticDescriptor MultiDimensional = Make("NANO006", "Multidimensional arrays do not run on nanoFramework",
        "'{0}' is a multidimensional array; nanoFramework supports jagged arrays only");

    public static readonly DiagnosticDescriptor Checked = Make("NANO007", "checked arithmetic does not trap on nanoFramework",
        "{0} does not trap on nanoFramework (add.ovf runs as add); write the overflow test explicitly");

    public static readonly DiagnosticDescriptor ArithmeticException = Make("NANO008", "Arithmetic exception types do not exist on nanoFramework",
        "catch ({0}) never runs on nanoFramework: the device raises a plain System.Exception; guard the operation instead");

    public static readonly DiagnosticDescriptor FloatingPoint = Make("NANO009", "Floating point in semantics code",
        "{0} '{1}' is floating point in semantics code (namespace {2}); use Fixed micro-units, or mark the one converter [NanoFloatAllowed]");

    public static readonly DiagnosticDescriptor NumberFormat = Make("NANO010", "Number format not supported on nanoFramework",
        "{0}");

    public static readonly DiagnosticDescriptor EnumText = Make("NANO011", "Enum reflection and enum text do not work on nanoFramework",
        "{0}; nanoFramework has no enum metadata (ToString prints the number): map enums to names with a switch");

    public static readonly DiagnosticDescriptor Time = Make("NANO013", "Local time does not exist on nanoFramework",
        "'{0}' is not usable on nanoFramework: the clock is UTC only (DateTime.UtcNow, TimeSpan.FromXxx(long)); local time is application code");

    public static readonly DiagnosticDescriptor Threading = Make("NANO014", "Threading API not supported on nanoFramework",
        "'{0}' is not supported on nanoFramework: use Thread, Timer, lock, Auto/ManualResetEvent and Interlocked on int");

    public static readonly DiagnosticDescriptor HotPath = Make("NANO015", "Allocation in a hot path",
        "{0} allocates in hot path '{1}'; preallocate and reuse buffers");

    public static readonly DiagnosticDescriptor Reflection = Make("NANO016", "Reflection in nano-safe code",
        "'{0}' uses reflection, which the NoReflection firmware lacks and which is slow on the device");

    public static readonly DiagnosticDescriptor ProjectSettings = Make("NANO017", "Project setting not nano-safe",
        "{0}", WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor PlatformBranch = Make("NANO018", "Platform branch in semantics code",
        "'#{0}' branches on {1} in semantics code; one source must have one behaviour (platform code belongs in firmware adapters)");

    private static DiagnosticDescriptor Make(string id, string title, string message, params string[] tags) =>
        new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: null, customTags: tags);
}
