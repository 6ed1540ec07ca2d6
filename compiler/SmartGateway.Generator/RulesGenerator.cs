using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SmartGateway.Generator.Model;

namespace SmartGateway.Generator;

/// <summary>
/// Rule and tariff files given as AdditionalFiles → generated C# embedding their images, and device maps →
/// C# that builds their runtime tables. Only wiring: per file, text → <see cref="RuleImageSpec"/>
/// (<see cref="RuleFileCompiler"/>) → source (<see cref="Emitter"/>), or text → <see cref="DeviceMapSpec"/>
/// (<see cref="DeviceMapFileCompiler"/>), so editing one file regenerates only its output.
/// Set the build property SmartGatewayNativeRules=true (and make it CompilerVisibleProperty) to add
/// the rules as plain C# methods as well (<c>SmartGateway.Compiler.Native.NativeEmitter</c>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RulesGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<bool> native = context.AnalyzerConfigOptionsProvider.Select(static (o, _) =>
            o.GlobalOptions.TryGetValue("build_property.SmartGatewayNativeRules", out string? v) &&
            string.Equals(v, "true", StringComparison.OrdinalIgnoreCase));

        IncrementalValuesProvider<RuleFileInput> files = context.AdditionalTextsProvider
            .Where(static t => RuleFileKinds.Of(t.Path) != RuleFileKind.None)
            .Select(static (t, ct) => new RuleFileInput(t.Path, RuleFileKinds.Of(t.Path), t.GetText(ct)?.ToString() ?? ""))
            .WithTrackingName(GeneratorSteps.RuleFiles);

        IncrementalValuesProvider<RuleImageSpec> specs = files.Where(static f => f.Kind != RuleFileKind.DeviceMap).Combine(native)
            .Select(static (pair, _) => RuleFileCompiler.Compile(pair.Left, pair.Right))
            .WithTrackingName(GeneratorSteps.RuleImages);

        context.RegisterSourceOutput(specs, static (spc, spec) =>
        {
            foreach (DiagnosticInfo d in spec.Diagnostics) spc.ReportDiagnostic(ToRoslyn(d));
            if (!spec.HasImage) return;
            spc.AddSource(spec.ClassName + ".g.cs", Emitter.Emit(spec));
            if (spec.NativeSource.Length > 0) spc.AddSource(spec.ClassName + "Native.g.cs", spec.NativeSource);
        });

        IncrementalValuesProvider<DeviceMapSpec> maps = files.Where(static f => f.Kind == RuleFileKind.DeviceMap)
            .Select(static (f, _) => DeviceMapFileCompiler.Compile(f))
            .WithTrackingName(GeneratorSteps.DeviceMaps);

        context.RegisterSourceOutput(maps, static (spc, spec) =>
        {
            foreach (DiagnosticInfo d in spec.Diagnostics) spc.ReportDiagnostic(ToRoslyn(d));
            if (spec.Source.Length > 0) spc.AddSource(spec.ClassName + ".g.cs", spec.Source);
        });
    }

    /// <summary>An SG#### finding at the rule file's own line and column.</summary>
    internal static Diagnostic ToRoslyn(DiagnosticInfo d)
    {
        var descriptor = new DiagnosticDescriptor(d.Code, d.Code, "{0}", "SmartGateway.Rules",
            d.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, isEnabledByDefault: true);
        var position = new LinePosition(d.Line, d.Column);
        var location = Location.Create(d.Path, new TextSpan(d.Offset, 0), new LinePositionSpan(position, position));
        return Diagnostic.Create(descriptor, location, d.Message);
    }
}
