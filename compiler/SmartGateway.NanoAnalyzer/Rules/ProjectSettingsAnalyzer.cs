using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SmartGateway.NanoAnalyzer.Rules;

/// <summary>
/// Project-wide settings of shared code: LangVersion pinned to a number (N17), so a newer SDK cannot
/// silently widen what compiles, and no CheckForOverflowUnderflow (N7), which would make the host trap
/// where the device wraps.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProjectSettingsAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(NanoDescriptors.ProjectSettings);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationAction(c =>
        {
            var options = NanoOptions.From(c.Options, c.CancellationToken);
            string? version = options.LangVersion;
            if (version != null && !IsPinned(version))
                c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.ProjectSettings, Location.None,
                    "LangVersion '" + version + "' is not pinned; shared nano code needs a numbered LangVersion (nanoFramework projects default to 9.0)"));
            if (c.Compilation.Options.CheckOverflow)
                c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.ProjectSettings, Location.None,
                    "CheckForOverflowUnderflow is on; nanoFramework does not trap overflow, so the host would behave differently"));
        });
    }

    private static bool IsPinned(string version)
    {
        foreach (char ch in version)
        {
            if (!char.IsDigit(ch) && ch != '.') return false;
        }
        return version.Length > 0;
    }
}
