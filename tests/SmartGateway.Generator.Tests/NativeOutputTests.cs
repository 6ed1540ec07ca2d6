using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SmartGateway.Generator.Tests;

/// <summary>With SmartGatewayNativeRules=true the generator also writes the rules as plain C# methods.</summary>
public class NativeOutputTests
{
    private const string Rules = "automation \"A\" continuous {\n  when ir.right.P > 1 kW ± 100 W\n  then mqtt 1 \"a\" \"on\"\n}\n";

    [Fact]
    public void NativeRulesAreGeneratedOnlyWhenAsked()
    {
        Assert.DoesNotContain(Run(native: false).Results[0].GeneratedSources, s => s.HintName == "ARulesNative.g.cs");
        GeneratorDriverRunResult run = Run(native: true);
        Assert.Contains(run.Results[0].GeneratedSources, s => s.HintName == "ARulesNative.g.cs");
    }

    [Fact]
    public void GeneratedNativeRulesCompile()
    {
        GeneratorDriverRunResult run = Run(native: true);
        Assert.Equal(2, run.GeneratedTrees.Length);
        CSharpCompilation compilation = GeneratorHarness.EmptyCompilation()
            .AddReferences(MetadataReference.CreateFromFile(typeof(RulesGenerator).Assembly.Location))
            .AddSyntaxTrees(run.GeneratedTrees);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    private static GeneratorDriverRunResult Run(bool native) =>
        Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
                [new RulesGenerator().AsSourceGenerator()],
                [new InMemoryText("/rules/a.sgr", Rules)],
                optionsProvider: new Options(native ? "true" : "false"))
            .RunGenerators(GeneratorHarness.EmptyCompilation()).GetRunResult();

    private sealed class Options(string native) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(ImmutableDictionary<string, string>.Empty.Add("build_property.SmartGatewayNativeRules", native));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values(ImmutableDictionary<string, string>.Empty);
    }

    private sealed class Values(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        // [NotNullWhen(true)] is left off: the generator's internal polyfill of it (visible to these tests)
        // would clash with the framework's.
#pragma warning disable CS8765
        public override bool TryGetValue(string key, out string? value) => values.TryGetValue(key, out value);
#pragma warning restore CS8765
    }
}
