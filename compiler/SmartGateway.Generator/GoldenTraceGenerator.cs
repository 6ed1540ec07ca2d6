using Microsoft.CodeAnalysis;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Traces;
using SmartGateway.Generator.Model;
using SmartGateway.Runtime.Conformance;
using SgDiagnostic = SmartGateway.Compiler.Diagnostics.Diagnostic;

namespace SmartGateway.Generator;

/// <summary>
/// Rule tests given as AdditionalFiles (<c>*.test.json</c>, with the rule set, trace and calendar each names) →
/// <c>SmartGateway.Generated.GoldenTraces</c>, read by the compiler's one rule-test reader
/// (<see cref="RuleTestReader"/>, <see cref="GoldenTraceBuilder"/>). The firmware's self-test runs them; the
/// rule sets and calendars themselves are compiled by <see cref="RulesGenerator"/>, whose classes hold the images.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GoldenTraceGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<GoldenTraceSpec> spec = context.AdditionalTextsProvider
            .Select(static (t, ct) => new AdditionalFileText(t.Path, t.GetText(ct)?.ToString() ?? ""))
            .Collect()
            .Select(static (files, _) => EquatableArray.From(files.OrderBy(f => f.Path, StringComparer.Ordinal)))
            .Select(static (files, _) => Build(files))
            .WithTrackingName(GeneratorSteps.GoldenTraces);

        context.RegisterSourceOutput(spec, static (spc, s) =>
        {
            foreach (DiagnosticInfo d in s.Diagnostics) spc.ReportDiagnostic(RulesGenerator.ToRoslyn(d));
            if (s.Source.Length > 0) spc.AddSource("GoldenTraces.g.cs", s.Source);
        });
    }

    private static GoldenTraceSpec Build(EquatableArray<AdditionalFileText> files)
    {
        var project = new ProjectRuleTestFiles(files);
        var entries = new List<GoldenTraceEmitter.Entry>();
        var findings = new List<DiagnosticInfo>();
        foreach (AdditionalFileText file in files)
        {
            if (!file.Path.EndsWith(RuleTestReader.Suffix, StringComparison.OrdinalIgnoreCase)) continue;
            var diagnostics = new DiagnosticBag();
            RuleTestCase? test = RuleTestReader.Read(file.Path, project, diagnostics);
            GoldenTrace? trace = test == null ? null : GoldenTraceBuilder.From(test, diagnostics);
            foreach (SgDiagnostic d in diagnostics.Items) findings.Add(Info(d, project));
            if (test == null || trace == null || diagnostics.HasErrors) continue;
            string? tariffs = test.TariffsPath == null ? null : RuleFileCompiler.ClassName(test.TariffsPath, RuleFileKind.Tariff);
            entries.Add(new GoldenTraceEmitter.Entry(trace, RuleFileCompiler.ClassName(test.RulesPath, RuleFileKind.Rules), tariffs));
        }
        return new GoldenTraceSpec(entries.Count == 0 ? "" : GoldenTraceEmitter.Emit(entries), EquatableArray.From(findings));
    }

    private static DiagnosticInfo Info(SgDiagnostic d, ProjectRuleTestFiles project)
    {
        int line = Math.Max(d.Span.Line - 1, 0);
        int column = Math.Max(d.Span.Column - 1, 0);
        string? text = project.Text(d.Span.Path);
        int offset = text == null ? 0 : new LineMap(text).Offset(line, column);
        return new DiagnosticInfo(d.Code, d.IsError, d.Message, d.Span.Path, offset, line, column);
    }
}
