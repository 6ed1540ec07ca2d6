using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Formatting;

namespace SmartGateway.Properties;

/// <summary>The two front ends and the two formatters agree: DSL → JSON → DSL is the identity.</summary>
public class RoundTripProperties
{
    private static readonly Arbitrary<Compiler.Binding.BoundRuleSet> Rules = RuleGen.RuleSets();

    [Property(MaxTest = 1000)]
    public Property CanonicalDslParsesBackToTheSameRuleSet() =>
        Prop.ForAll(Rules, rules =>
        {
            string dsl = DslFormatter.Format(rules);
            CompilationResult back = Compilation.Compile("rules.sgr", dsl);
            Assert.True(back.Success, string.Join("\n", back.Diagnostics) + "\n" + dsl);
            Assert.Equal(dsl, DslFormatter.Format(back.Rules));
            Assert.Equal(Engines.Compile(rules), back.Image);
        });

    [Property(MaxTest = 1000)]
    public Property DslToJsonToDslIsTheIdentity() =>
        Prop.ForAll(Rules, rules =>
        {
            string dsl = DslFormatter.Format(rules);
            CompilationResult fromDsl = Compilation.Compile("rules.sgr", dsl);
            string json = JsonFormatter.Format(fromDsl.Rules);
            CompilationResult fromJson = Compilation.Compile("rules.json", json);
            Assert.True(fromJson.Success, string.Join("\n", fromJson.Diagnostics) + "\n" + json);
            Assert.Equal(dsl, DslFormatter.Format(fromJson.Rules));
            Assert.Equal(json, JsonFormatter.Format(fromJson.Rules));
            Assert.Equal(fromDsl.Image, fromJson.Image);
        });
}
