using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SmartGateway.Generator.Model;

namespace SmartGateway.Generator.Tests;

/// <summary>The pipeline is cached per file (STYLE.md §4), and its model holds no compilation data.</summary>
public class IncrementalTests
{
    private const string A = "automation \"A\" on change {\n  when ir.right.P > 1 kW\n  then mqtt 1 \"a\" \"on\"\n}\n";
    private const string B = "automation \"B\" on change {\n  when ir.right.P < 2 kW\n  then mqtt 1 \"b\" \"on\"\n}\n";

    [Fact]
    public void EditingOneRuleFileRegeneratesOnlyItsOutput()
    {
        var a = new InMemoryText("/rules/a.sgr", A);
        var b = new InMemoryText("/rules/b.sgr", B);
        GeneratorDriver driver = GeneratorHarness.Driver(a, b).RunGenerators(GeneratorHarness.EmptyCompilation());
        driver = driver.ReplaceAdditionalText(a, new InMemoryText("/rules/a.sgr", A.Replace("1 kW", "3 kW")));
        GeneratorRunResult run = driver.RunGenerators(GeneratorHarness.EmptyCompilation()).GetRunResult().Results[0];

        var reasons = run.TrackedSteps[GeneratorSteps.RuleImages]
            .SelectMany(step => step.Outputs)
            .ToDictionary(o => ((RuleImageSpec)o.Value).FileName, o => o.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, reasons["a.sgr"]);
        Assert.Equal(IncrementalStepRunReason.Cached, reasons["b.sgr"]);
    }

    [Fact]
    public void RunningAgainWithNoEditCachesEveryStep()
    {
        GeneratorDriver driver = GeneratorHarness.Driver(new InMemoryText("/rules/a.sgr", A), new InMemoryText("/rules/b.sgr", B))
            .RunGenerators(GeneratorHarness.EmptyCompilation());
        GeneratorRunResult run = driver.RunGenerators(GeneratorHarness.EmptyCompilation().AddSyntaxTrees(
            Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Other { }"))).GetRunResult().Results[0];
        IEnumerable<IncrementalStepRunReason> reasons = run.TrackedSteps[GeneratorSteps.RuleImages].SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.All(reasons, r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void ModelHoldsNoSymbolsOrCompilationData()
    {
        GeneratorRunResult run = GeneratorHarness.Run(new InMemoryText("/rules/a.sgr", A), new InMemoryText("/rules/bad.sgr", "automation {")).Results[0];
        var seen = new HashSet<object>(new Identity());
        foreach (IncrementalGeneratorRunStep step in run.TrackedSteps[GeneratorSteps.RuleImages])
        {
            foreach ((object value, _) in step.Outputs) Walk(value, seen);
        }
        Assert.Contains(seen, o => o is DiagnosticInfo);
    }

    /// <summary>Fails on anything from Roslyn's object model reachable from the model.</summary>
    private static void Walk(object? node, HashSet<object> seen)
    {
        if (node == null || node is string || node.GetType().IsPrimitive || node.GetType().IsEnum) return;
        Type type = node.GetType();
        Assert.False(type.Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) ?? false, $"model holds a {type}");
        Assert.False(node is ISymbol or Compilation or SyntaxNode or Location or SyntaxTree, $"model holds a {type}");
        if (!type.IsValueType && !seen.Add(node)) return;
        if (node is IEnumerable items)
        {
            foreach (object? item in items) Walk(item, seen);
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)) return;
        }
        foreach (FieldInfo f in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(f.GetValue(node), seen);
        }
    }

    /// <summary>Identity comparison (the framework's ReferenceEqualityComparer clashes with the generator's polyfill, visible here).</summary>
    private sealed class Identity : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
