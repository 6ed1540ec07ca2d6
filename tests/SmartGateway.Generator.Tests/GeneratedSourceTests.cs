using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SmartGateway.Tests.Shared;

namespace SmartGateway.Generator.Tests;

/// <summary>What the generator writes for a rule file (STJ-style baselines under Baselines/).</summary>
public class GeneratedSourceTests
{
    private static readonly string HeaterDir = Path.Combine(AppContext.BaseDirectory, "Baselines", "Heater");

    private static InMemoryText Heater() =>
        new(Path.Combine(HeaterDir, "heater.sgr"), File.ReadAllText(Path.Combine(HeaterDir, "heater.sgr")));

    [Fact]
    public void GeneratedSourceMatchesTheBaseline()
    {
        GeneratorDriverRunResult run = GeneratorHarness.Run(Heater());
        GeneratedSourceResult source = Assert.Single(run.Results[0].GeneratedSources);
        Assert.Equal("HeaterRules.g.cs", source.HintName);
        string expected = File.ReadAllText(Path.Combine(HeaterDir, "HeaterRules.g.cs.txt"));
        Assert.Equal(expected, source.SourceText.ToString());
    }

    [Fact]
    public void EmbeddedImageIsTheCompilersImage()
    {
        InMemoryText heater = Heater();
        GeneratorDriverRunResult run = GeneratorHarness.Run(heater);
        byte[] expected = SmartGateway.Compiler.Compilation.Compile(heater.Path, File.ReadAllBytes(heater.Path)).Image!;
        Assert.Equal(expected, Loaded.Image(run, "SmartGateway.Generated.HeaterRules"));
    }

    [Fact]
    public void TypedNamesGiveImageIndexes()
    {
        GeneratorDriverRunResult run = GeneratorHarness.Run(Heater());
        Assert.Equal(1, Loaded.Constant(run, "SmartGateway.Generated.HeaterRules+Automations", "ExportAlarm"));
        Assert.Equal(new[] { "Heater", "Export alarm" }, Loaded.Names(run, "SmartGateway.Generated.HeaterRules+Automations"));
        string[] inputs = Loaded.Names(run, "SmartGateway.Generated.HeaterRules+Inputs");
        Assert.Equal(Array.IndexOf(inputs, "ir.right.P"), Loaded.Constant(run, "SmartGateway.Generated.HeaterRules+Inputs", "IrRightP"));
    }

    [Fact]
    public void GeneratedSourceCompilesWithoutWarnings()
    {
        GeneratorDriverRunResult run = GeneratorHarness.Run(Heater());
        Assert.NotEmpty(run.GeneratedTrees);
        CSharpCompilation compilation = GeneratorHarness.EmptyCompilation().AddSyntaxTrees(run.GeneratedTrees);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void TariffCalendarGetsItsImage()
    {
        string path = Path.Combine(Repository.Root, "rules", "tariffs", "slovenia-network-2024.sgt");
        GeneratorDriverRunResult run = GeneratorHarness.Run(new InMemoryText(path, File.ReadAllText(path)));
        byte[] expected = SmartGateway.Compiler.Tariffs.TariffCompiler.CompileBytes(path, File.ReadAllBytes(path)).Image!;
        Assert.Equal(expected, Loaded.Image(run, "SmartGateway.Generated.SloveniaNetwork2024Tariff"));
    }

    [Fact]
    public void OtherAdditionalFilesAreIgnored()
    {
        GeneratorDriverRunResult run = GeneratorHarness.Run(new InMemoryText("/x/notes.json", "{}"), new InMemoryText("/x/readme.md", "# x"));
        Assert.Empty(run.Results[0].GeneratedSources);
        Assert.Empty(run.Diagnostics);
    }
}
