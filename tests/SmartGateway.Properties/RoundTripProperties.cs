using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Formatting;

namespace SmartGateway.Properties;

/// <summary>The two front ends and the two formatters agree: DSL → JSON → DSL is the identity, and so is the image.</summary>
public class RoundTripProperties
{
    private static readonly Arbitrary<Compiler.Binding.BoundRuleSet> Rules = RuleGen.RuleSets();

    [Property(MaxTest = 1000)]
    public Property TheDslAndTheJsonFormParseBackToTheSameRuleSetAndImage() => Prop.ForAll(Rules, AssertRoundTrips);

    /// <summary>DSL → rules is the identity on canonical DSL and compiles to the rule set's image; JSON → DSL likewise.</summary>
    public static void AssertRoundTrips(Compiler.Binding.BoundRuleSet rules)
    {
        string dsl = DslFormatter.Format(rules);
        CompilationResult fromDsl = Compilation.Compile("rules.sgr", dsl);
        Assert.True(fromDsl.Success, string.Join("\n", fromDsl.Diagnostics) + "\n" + dsl);
        Assert.Equal(dsl, DslFormatter.Format(fromDsl.Rules));
        Assert.Equal(Engines.Compile(rules), fromDsl.Image);

        string json = JsonFormatter.Format(fromDsl.Rules);
        CompilationResult fromJson = Compilation.Compile("rules.json", json);
        Assert.True(fromJson.Success, string.Join("\n", fromJson.Diagnostics) + "\n" + json);
        Assert.Equal(dsl, DslFormatter.Format(fromJson.Rules));
        Assert.Equal(json, JsonFormatter.Format(fromJson.Rules));
        Assert.Equal(fromDsl.Image, fromJson.Image);
    }
}
