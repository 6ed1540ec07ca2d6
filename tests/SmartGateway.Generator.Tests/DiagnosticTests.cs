using Microsoft.CodeAnalysis;

namespace SmartGateway.Generator.Tests;

/// <summary>Rule errors become build errors at the rule file's own line and column, with their SG code.</summary>
public class DiagnosticTests
{
    [Fact]
    public void UnknownInputIsAnErrorAtItsLineAndColumn()
    {
        const string text = "automation \"A\" on change {\n  when ir.rigth.P > 1 kW\n  then mqtt 1 \"a\" \"on\"\n}\n";
        GeneratorDriverRunResult run = GeneratorHarness.Run(new InMemoryText("/rules/a.sgr", text));
        Diagnostic d = Assert.Single(run.Diagnostics);
        Assert.Equal("SG1001", d.Id);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        FileLinePositionSpan at = d.Location.GetLineSpan();
        Assert.Equal("/rules/a.sgr", at.Path);
        Assert.Equal((1, 7), (at.StartLinePosition.Line, at.StartLinePosition.Character));
        Assert.Equal("  when ".Length + "automation \"A\" on change {\n".Length, d.Location.SourceSpan.Start);
    }

    [Fact]
    public void FileWithAnErrorGeneratesNoSource()
    {
        GeneratorDriverRunResult run = GeneratorHarness.Run(new InMemoryText("/rules/bad.sgr", "automation \"A\" on change {\n  when\n}\n"));
        Assert.Empty(run.Results[0].GeneratedSources);
        Assert.Contains(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path == "/rules/bad.sgr");
    }

    [Fact]
    public void JsonRuleFileErrorsAreAtTheJsonLine()
    {
        const string json = "{\n  \"version\": 1,\n  \"automations\": [\n    { \"name\": 5, \"mode\": \"continuous\" }\n  ]\n}\n";
        GeneratorDriverRunResult run = GeneratorHarness.Run(new InMemoryText("/rules/x.rules.json", json));
        Diagnostic d = run.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
        Assert.StartsWith("SG01", d.Id);
        Assert.Equal(3, d.Location.GetLineSpan().StartLinePosition.Line);
    }
}
