using FsCheck;
using FsCheck.Fluent;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Formatting;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Properties;

/// <summary>A rule set with a trace; prints as DSL plus CSV so a failing case can be replayed with sgc run.</summary>
public sealed record Case(BoundRuleSet Rules, List<Dictionary<string, long?>> Trace)
{
    /// <summary>Random cases that shrink (see <see cref="RuleShrink"/>), so a failure is reported small.</summary>
    public static Arbitrary<Case> Arbitrary(bool allowHolds = true) => Arb.From(
        from rules in RuleGen.RuleSet(allowHolds)
        from trace in RuleGen.Trace(rules)
        select new Case(rules, trace),
        RuleShrink.Case);

    public override string ToString()
    {
        string[] columns = [.. RuleGen.PowerInputs, RuleGen.HourInput];
        var csv = new List<string> { "tick," + string.Join(",", columns) };
        csv.AddRange(Trace.Select((row, t) => t + "," + string.Join(",", columns.Select(c => row[c] is long v ? Fixed.ToText(v) : ""))));
        return "\n" + DslFormatter.Format(Rules) + "\n" + string.Join("\n", csv) + "\n";
    }
}
