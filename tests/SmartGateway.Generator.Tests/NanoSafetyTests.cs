using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SmartGateway.NanoAnalyzer;
using SmartGateway.Tests.Shared;

namespace SmartGateway.Generator.Tests;

/// <summary>What the generator writes compiles and runs on nanoFramework (docs/NANO.md §5): the firmware links it.</summary>
public class NanoSafetyTests
{
    private const string Rules = "automation \"A\" on change {\n  min on 2 s\n  when ir.right.P > 1 kW ± 100 W for 3 s and not (ir.left.P - ir.right.P <= 0 W or time.hour == 3)\n  then mqtt 1 \"a\" \"on\"\n  else bicom rs485.32 off\n}\n";

    [Fact]
    public void GeneratedImageClassIsNanoSafe()
    {
        GeneratorDriverRunResult run = GeneratorHarness.Run(new InMemoryText("/rules/a.sgr", Rules));
        Assert.NotEmpty(run.Results[0].GeneratedSources);
        Assert.Empty(Check(run.Results[0].GeneratedSources.Select(s => new KeyValuePair<string, string>(s.HintName, s.SourceText.ToString()))));
    }

    [Fact]
    public void NativeRulesAreNanoSafeWithTheRuntime()
    {
        SmartGateway.Compiler.CompilationResult compiled = SmartGateway.Compiler.Compilation.Compile("/rules/a.sgr", Rules);
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));
        string native = SmartGateway.Compiler.Native.NativeEmitter.Emit(compiled.Rules, "SmartGateway.Generated", "ARulesNative");
        string runtime = Path.Combine(Repository.Root, "runtime", "SmartGateway.Runtime");
        IEnumerable<KeyValuePair<string, string>> files = Directory.GetFiles(runtime, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => new KeyValuePair<string, string>(f, File.ReadAllText(f)))
            .Append(new KeyValuePair<string, string>("ARulesNative.g.cs", native));
        Assert.Empty(Check(files));
    }

    private static ImmutableArray<Diagnostic> Check(IEnumerable<KeyValuePair<string, string>> files)
    {
        string lists = Path.Combine(Repository.Root, "compiler", "SmartGateway.NanoAnalyzer", "NanoApi");
        IEnumerable<KeyValuePair<string, string>> api = new[] { "mscorlib", "System.Text", "System.Collections", "System.Math" }
            .Select(l => new KeyValuePair<string, string>(l + ".txt", File.ReadAllText(Path.Combine(lists, l + ".txt"))));
        return NanoSourceCheck.Run(files, api, ["SmartGateway.Runtime", "SmartGateway.Generated"], "10.0");
    }
}
