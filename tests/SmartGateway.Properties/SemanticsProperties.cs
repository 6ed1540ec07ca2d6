using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Properties;

/// <summary>The bytecode VM against the semantics contract of docs/DESIGN.md / docs/FORMATS.md.</summary>
public class SemanticsProperties
{
    [Property(MaxTest = 2000)]
    public Property ZeroHysteresisIsThePlainComparison() =>
        Prop.ForAll(SingleCompareWithoutHysteresis(), c =>
        {
            var compare = (BoundCompare)c.Rules.Automations[0].Condition;
            List<string> actual = Engines.Vm(c.Rules, c.Trace);
            var expected = new List<string>();
            for (int t = 0; t < c.Trace.Count; t++)
            {
                long? x = Sum(compare, c.Trace[t]);
                if (x == null) continue;
                bool plain = compare.Op switch
                {
                    CompareOp.Greater => x > compare.Value,
                    CompareOp.GreaterOrEqual => x >= compare.Value,
                    CompareOp.Less => x < compare.Value,
                    CompareOp.LessOrEqual => x <= compare.Value,
                    CompareOp.Equal => x == compare.Value,
                    _ => x != compare.Value,
                };
                expected.Add($"{t} probe: mqtt link 1 \"result\" \"{(plain ? "true" : "false")}\"");
            }
            Assert.Equal(expected, actual);
        });

    [Property(MaxTest = 2000)]
    public Property StayingInsideTheBandChangesTheOutputAtMostOnce() =>
        Prop.ForAll(InsideTheBand(), c =>
        {
            BoundRuleSet onChange = c.Rules with { Automations = [c.Rules.Automations[0] with { Continuous = false }] };
            Assert.True(Engines.Vm(onChange, c.Trace).Count <= 1);
        });

    [Property(MaxTest = 3000)]
    public Property UnknownNeverRunsAnAction() =>
        Prop.ForAll(Case.Arbitrary(allowHolds: false), c =>
        {
            // Make every third tick entirely Unknown (in a copy: the case itself is what FsCheck shrinks);
            // without min_on/min_off holds nothing may run at them.
            List<Dictionary<string, long?>> trace = [.. c.Trace.Select((row, t) => t % 3 == 0 ? row.ToDictionary(x => x.Key, _ => (long?)null) : row)];
            IEnumerable<int> ticks = Engines.Vm(c.Rules, trace).Select(line => int.Parse(line.Split(' ')[0]));
            Assert.DoesNotContain(ticks, t => t % 3 == 0);
        });

    private static long? Sum(BoundCompare c, Dictionary<string, long?> row)
    {
        long x = 0;
        foreach (BoundTerm t in c.Terms)
        {
            if (row[t.Input.Path] is not long v) return null;
            x = t.Negative ? Fixed.Sub(x, v) : Fixed.Add(x, v);
        }
        return x;
    }

    /// <summary>One continuous automation, one comparison without a band, publishing its result every known tick.</summary>
    private static Arbitrary<Case> SingleCompareWithoutHysteresis() => Arb.From(
        from compare in RuleGen.Compare(allowFor: false)
        let rules = Probe(compare with { Hysteresis = 0 })
        from trace in RuleGen.Trace(rules)
        select new Case(rules, trace),
        c => RuleShrink.Compare((BoundCompare)c.Rules.Automations[0].Condition).Select(x => c with { Rules = Probe(x) })
            .Concat(RuleShrink.Trace(c.Trace).Select(trace => c with { Trace = trace })));

    /// <summary>
    /// An ordering comparison with a real band and a trace that never leaves it (after any start). It shrinks
    /// by shortening the trace only: a simpler reading or comparison could leave the band.
    /// </summary>
    private static Arbitrary<Case> InsideTheBand() => Arb.From(
        from compare in RuleGen.Compare(allowFor: false)
        where compare.Op <= CompareOp.LessOrEqual && compare.Terms.Count == 1 && !compare.Terms[0].Negative
        let c = compare with { Hysteresis = 500 * Fixed.Scale }
        let rules = Probe(c)
        from n in Gen.Choose(1, 40)
        from values in Gen.Choose(-499_999, 499_999).Select(d => c.Value + d * 1000L).ListOf(n)
        select new Case(rules, values.Select(v => RuleGen.PowerInputs.Append(RuleGen.HourInput)
            .ToDictionary(p => p, p => p == c.Terms[0].Input.Path ? (long?)v : null)).ToList()),
        c => RuleShrink.ShorterTrace(c.Trace).Select(trace => c with { Trace = trace }));

    private static BoundRuleSet Probe(BoundCompare c)
    {
        SourceSpan here = c.Span;
        return new BoundRuleSet([new BoundAutomation(here, "probe", true, true, 0, 0, c,
            [new BoundMqtt(here, 1, "result", "true")], [new BoundMqtt(here, 1, "result", "false")])]);
    }
}
