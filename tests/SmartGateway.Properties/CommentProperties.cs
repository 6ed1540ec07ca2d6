using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Formatting;
using static SmartGateway.Properties.CommentGen;
using static SmartGateway.Properties.RuleGen;

namespace SmartGateway.Properties;

/// <summary>
/// Comments survive everything (issue 11): random rule sets, printed canonically, with random comments
/// placed before any line, at the end of any line, above a blank line at the top and after the end, come
/// back from <c>sgc fmt</c> and from DSL → JSON → DSL with the same comments in the same places.
/// </summary>
public class CommentProperties
{
    private static readonly Arbitrary<(BoundRuleSet Rules, string Source)> Commented = Arb.From(
        from rules in RuleSet()
        from source in Decorate(DslFormatter.Format(rules))
        select (rules, source));

    [Property(MaxTest = 500)]
    public Property FmtKeepsEveryCommentInItsPlace() =>
        Prop.ForAll(Commented, c =>
        {
            CompilationResult r = Compilation.Compile("rules.sgr", c.Source);
            Assert.True(r.Success, string.Join("\n", r.Diagnostics) + "\n" + c.Source);
            string formatted = DslFormatter.Format(r.Rules);
            Assert.Equal(Placed(c.Source), Placed(formatted));
            Assert.Equal(formatted, DslFormatter.Format(Compilation.Compile("rules.sgr", formatted).Rules));
            Assert.Equal(Engines.Compile(c.Rules), r.Image);
        });

    [Property(MaxTest = 500)]
    public Property DslToJsonToDslKeepsEveryComment() =>
        Prop.ForAll(Commented, c =>
        {
            CompilationResult fromDsl = Compilation.Compile("rules.sgr", c.Source);
            string json = JsonFormatter.Format(fromDsl.Rules);
            CompilationResult fromJson = Compilation.Compile("rules.json", json);
            Assert.True(fromJson.Success, string.Join("\n", fromJson.Diagnostics) + "\n" + json);
            Assert.Equal(Placed(c.Source), Placed(DslFormatter.Format(fromJson.Rules)));
            Assert.Equal(DslFormatter.Format(fromDsl.Rules), DslFormatter.Format(fromJson.Rules));
            Assert.Equal(json, JsonFormatter.Format(fromJson.Rules));
        });
}
