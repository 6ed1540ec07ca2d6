using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using SmartGateway.NanoAnalyzer;
using SmartGateway.Tests.Shared;

namespace SmartGateway.Generator.Tests;

/// <summary>The firmware self-test's golden traces, generated from the rule tests (GoldenTraceGenerator).</summary>
public class GoldenTraceGeneratorTests
{
    private static string Rules => Path.Combine(Repository.Root, "rules");

    /// <summary>The files the firmware gives the generator (firmware/SmartGateway.Firmware/GoldenTraces.props).</summary>
    private static InMemoryText[] FirmwareFiles() =>
        Directory.GetFiles(Path.Combine(Rules, "conformance")).Concat(Directory.GetFiles(Path.Combine(Rules, "examples")))
            .Where(f => f.EndsWith(".sgr") || f.EndsWith(".test.json") || f.EndsWith(".trace.csv"))
            .Append(Path.Combine(Rules, "tariffs", "slovenia-network-2024.sgt"))
            .Order(StringComparer.Ordinal)
            .Select(f => new InMemoryText(f, File.ReadAllText(f)))
            .ToArray();

    private static GeneratorDriverRunResult Run(params InMemoryText[] files) =>
        CSharpGeneratorDriver.Create([new RulesGenerator().AsSourceGenerator(), new GoldenTraceGenerator().AsSourceGenerator()], additionalTexts: files)
            .RunGenerators(GeneratorHarness.EmptyCompilation()).GetRunResult();

    [Fact]
    public void EveryRuleTestBecomesATraceThatPassesTheSelfTestRunner()
    {
        GeneratorDriverRunResult run = Run(FirmwareFiles());
        Assert.Empty(run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assembly firmware = CompileWithRuntime(run.GeneratedTrees);
        Type check = firmware.GetType("SmartGateway.Runtime.Conformance.GoldenTraceCheck")!;
        var traces = (Array)firmware.GetType("SmartGateway.Generated.GoldenTraces")!.GetMethod("All")!.Invoke(null, null)!;
        var names = new List<string>();
        foreach (object trace in traces)
        {
            string name = (string)trace.GetType().GetField("Name")!.GetValue(trace)!;
            names.Add(name);
            Assert.Equal("", (string)check.GetMethod("Run")!.Invoke(null, [trace])!);
        }
        string[] tests = Directory.GetFiles(Path.Combine(Rules, "conformance"), "*.test.json").Concat(Directory.GetFiles(Path.Combine(Rules, "examples"), "*.test.json"))
            .Select(f => Path.GetFileName(f)[..^".test.json".Length]).ToArray();
        Assert.Equal(tests.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ARuleTestNamingAFileTheProjectLacksIsAnErrorAtThatName()
    {
        string dir = Path.Combine(Rules, "examples");
        GeneratorDriverRunResult run = Run(
            new InMemoryText(Path.Combine(dir, "heater.test.json"), File.ReadAllText(Path.Combine(dir, "heater.test.json"))),
            new InMemoryText(Path.Combine(dir, "heater.sgr"), File.ReadAllText(Path.Combine(dir, "heater.sgr"))));
        Diagnostic missing = Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("SG9002", missing.Id);
        Assert.Contains("heater.trace.csv", missing.GetMessage());
        FileLinePositionSpan at = missing.Location.GetLineSpan();
        Assert.Equal(Path.Combine(dir, "heater.test.json"), at.Path);
        Assert.Contains("\"trace\"", File.ReadAllLines(at.Path)[at.StartLinePosition.Line]);
        Assert.DoesNotContain(run.GeneratedTrees, t => t.FilePath.EndsWith("GoldenTraces.g.cs"));
    }

    [Fact]
    public void GeneratedTracesAreNanoSafe()
    {
        GeneratorDriverRunResult run = Run(FirmwareFiles());
        string lists = Path.Combine(Repository.Root, "compiler", "SmartGateway.NanoAnalyzer", "NanoApi");
        IEnumerable<KeyValuePair<string, string>> api = new[] { "mscorlib", "System.Text", "System.Collections", "System.Math" }
            .Select(l => new KeyValuePair<string, string>(l + ".txt", File.ReadAllText(Path.Combine(lists, l + ".txt"))));
        IEnumerable<KeyValuePair<string, string>> files = RuntimeFiles().Concat(run.GeneratedTrees.Select(t => new KeyValuePair<string, string>(t.FilePath, t.GetText().ToString())));
        Assert.Empty(NanoSourceCheck.Run(files, api, ["SmartGateway.Runtime", "SmartGateway.Generated"], "10.0"));
    }

    private static IEnumerable<KeyValuePair<string, string>> RuntimeFiles()
    {
        char sep = Path.DirectorySeparatorChar;
        return Directory.GetFiles(Path.Combine(Repository.Root, "runtime", "SmartGateway.Runtime"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(sep + "obj" + sep) && !f.Contains(sep + "bin" + sep))
            .Select(f => new KeyValuePair<string, string>(f, File.ReadAllText(f)));
    }

    /// <summary>The generated classes with the runtime's source, as the firmware links them, loaded to run.</summary>
    private static Assembly CompileWithRuntime(IEnumerable<SyntaxTree> generated)
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp10);
        IEnumerable<SyntaxTree> trees = RuntimeFiles().Select(f => CSharpSyntaxTree.ParseText(f.Value, parse, f.Key))
            .Concat(generated.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), parse, t.FilePath)));
        var compilation = CSharpCompilation.Create("Firmware", trees, Basic.References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        EmitResult emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        return new AssemblyLoadContext("golden-traces", isCollectible: true).LoadFromStream(new MemoryStream(image.ToArray()));
    }
}
