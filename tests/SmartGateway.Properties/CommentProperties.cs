using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Formatting;
using static SmartGateway.Properties.RuleGen;

namespace SmartGateway.Properties;

/// <summary>
/// Comments survive everything (issue 11): random rule sets, printed canonically, with random comments
/// placed before any line, at the end of any line, above a blank line at the top and after the end, come
/// back from <c>sgc fmt</c> and from DSL → JSON → DSL with the same comments in the same places.
/// </summary>
public class CommentProperties
{
    private static readonly Gen<string> Text =
        from marker in Gen.Elements("#", "# ", "//", "// ")
        from words in Gen.Choose(0, 3).SelectMany(n => Gen.Elements("note", "heater \"on\"", "# twice", "// again", "a{b}(c", "± 5 kW", "x > 1").ArrayOf(n))
        select (marker + string.Join(" ", words)).TrimEnd();

    /// <summary>Whole-line comments, sometimes with a blank line between two of them.</summary>
    private static readonly Gen<List<string>> Run =
        from n in Gen.Choose(1, 3)
        from texts in Text.ArrayOf(n)
        from blanks in Gen.Elements(false, false, true).ArrayOf(n)
        select texts.SelectMany((t, i) => i > 0 && blanks[i] ? new[] { "", t } : [t]).ToList();

    private static readonly Gen<List<string>> MaybeRun = Weighted((3, Gen.Constant(new List<string>())), (1, Run));

    private static readonly Gen<string?> MaybeText = Weighted((3, Gen.Constant<string?>(null)), (1, Text.Select(t => (string?)t)));

    private static readonly Arbitrary<(BoundRuleSet Rules, string Source)> Commented = Arb.From(
        from rules in RuleSet()
        from source in Decorate(DslFormatter.Format(rules))
        select (rules, source));

    private static Gen<string> Decorate(string canonical)
    {
        string[] lines = canonical.TrimEnd('\n').Split('\n');
        return from before in MaybeRun.ArrayOf(lines.Length)
               from after in MaybeText.ArrayOf(lines.Length)
               from header in MaybeRun
               from trailer in MaybeRun
               from trailerBlank in Gen.Elements(false, true)
               select Build(lines, before, after, header, trailer, trailerBlank);
    }

    private static string Build(string[] lines, List<string>[] before, string?[] after, List<string> header, List<string> trailer, bool trailerBlank)
    {
        var sb = new StringBuilder();
        foreach (string h in header) sb.Append(h).Append('\n');
        if (header.Count > 0) sb.Append('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                sb.Append('\n');
                continue;
            }
            string indent = lines[i][..(lines[i].Length - lines[i].TrimStart().Length)];
            foreach (string b in before[i]) sb.Append(b.Length == 0 ? "" : indent + b).Append('\n');
            sb.Append(lines[i]).Append(after[i] == null ? "" : "  " + after[i]).Append('\n');
        }
        if (trailer.Count > 0 && trailerBlank) sb.Append('\n');
        foreach (string t in trailer) sb.Append(t).Append('\n');
        return sb.ToString();
    }

    /// <summary>The text with each line's indentation removed: where a comment stands, not how far it is indented.</summary>
    private static string Placed(string text) => string.Join("\n", text.Split('\n').Select(l => l.TrimStart()));

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
