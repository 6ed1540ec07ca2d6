using SmartGateway.Compiler.Binding;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Properties;

/// <summary>
/// The shrinkers that go with <see cref="RuleGen"/>: each yields strictly simpler candidates, simplest first,
/// so FsCheck's greedy search ends at a small case — one automation, one comparison, constants at zero,
/// a short trace — with only what the failure needs left in it.
/// </summary>
public static class RuleShrink
{
    /// <summary>The rule set first (fewer things to read), then the trace against the smaller rule set.</summary>
    public static IEnumerable<Case> Case(Case c) =>
        RuleSet(c.Rules).Select(rules => c with { Rules = rules })
            .Concat(Trace(c.Trace).Select(trace => c with { Trace = trace }));

    public static IEnumerable<BoundRuleSet> RuleSet(BoundRuleSet rules)
    {
        IReadOnlyList<BoundAutomation> all = rules.Automations;
        if (all.Count > 1)
        {
            for (int i = 0; i < all.Count; i++) yield return new BoundRuleSet([.. all.Take(i), .. all.Skip(i + 1)]);
        }
        for (int i = 0; i < all.Count; i++)
        {
            foreach (BoundAutomation a in Automation(all[i])) yield return new BoundRuleSet([.. all.Take(i), a, .. all.Skip(i + 1)]);
        }
    }

    public static IEnumerable<BoundAutomation> Automation(BoundAutomation a)
    {
        foreach (BoundCondition c in Condition(a.Condition)) yield return a with { Condition = c };
        foreach (IReadOnlyList<BoundAction> actions in DropOne(a.OnTrue)) yield return a with { OnTrue = actions };
        foreach (IReadOnlyList<BoundAction> actions in DropOne(a.OnFalse)) yield return a with { OnFalse = actions };
        foreach (long s in TowardZero(a.MinOnSeconds)) yield return a with { MinOnSeconds = s };
        foreach (long s in TowardZero(a.MinOffSeconds)) yield return a with { MinOffSeconds = s };
        if (a.Continuous) yield return a with { Continuous = false };
        if (!a.Enabled) yield return a with { Enabled = true };
    }

    /// <summary>A group becomes one of its children or loses one (a group keeps two at least); "not x" becomes x.</summary>
    public static IEnumerable<BoundCondition> Condition(BoundCondition c)
    {
        switch (c)
        {
            case BoundAnd and:
                return Group(and.Items, items => and with { Items = items });
            case BoundOr or:
                return Group(or.Items, items => or with { Items = items });
            case BoundNot not:
                return Condition(not.Operand).Select(o => (BoundCondition)(not with { Operand = o })).Prepend(not.Operand);
            default:
                return Compare((BoundCompare)c);
        }
    }

    private static IEnumerable<BoundCondition> Group(IReadOnlyList<BoundCondition> items, Func<IReadOnlyList<BoundCondition>, BoundCondition> with)
    {
        foreach (BoundCondition item in items) yield return item;
        if (items.Count > 2)
        {
            foreach (IReadOnlyList<BoundCondition> fewer in DropOne(items)) yield return with(fewer);
        }
        for (int i = 0; i < items.Count; i++)
        {
            foreach (BoundCondition simpler in Condition(items[i])) yield return with([.. items.Take(i), simpler, .. items.Skip(i + 1)]);
        }
    }

    public static IEnumerable<BoundCompare> Compare(BoundCompare c)
    {
        if (c.Terms.Count > 1)
        {
            foreach (IReadOnlyList<BoundTerm> terms in DropOne(c.Terms)) yield return c with { Terms = terms };
        }
        for (int i = 0; i < c.Terms.Count; i++)
        {
            if (c.Terms[i].Negative) yield return c with { Terms = [.. c.Terms.Take(i), c.Terms[i] with { Negative = false }, .. c.Terms.Skip(i + 1)] };
        }
        if (c.Op != CompareOp.Greater) yield return c with { Op = CompareOp.Greater };
        foreach (long v in Constant(c.Value)) yield return c with { Value = v };
        foreach (long h in Constant(c.Hysteresis)) yield return c with { Hysteresis = h };
        foreach (long s in TowardZero(c.ForSeconds)) yield return c with { ForSeconds = s };
    }

    /// <summary>Shorter first, then simpler readings.</summary>
    public static IEnumerable<List<Dictionary<string, long?>>> Trace(List<Dictionary<string, long?>> trace) =>
        ShorterTrace(trace).Concat(SimplerReadings(trace));

    /// <summary>The first half, one tick fewer, then without any one tick; a trace keeps one tick at least.</summary>
    public static IEnumerable<List<Dictionary<string, long?>>> ShorterTrace(List<Dictionary<string, long?>> trace)
    {
        if (trace.Count <= 1) yield break;
        yield return trace[..(trace.Count / 2)];
        yield return trace[..^1];
        for (int t = 0; t < trace.Count - 1; t++) yield return [.. trace.Take(t), .. trace.Skip(t + 1)];
    }

    /// <summary>One reading at a time moved toward zero; Unknown cells stay Unknown.</summary>
    private static IEnumerable<List<Dictionary<string, long?>>> SimplerReadings(List<Dictionary<string, long?>> trace)
    {
        for (int t = 0; t < trace.Count; t++)
        {
            foreach ((string? input, long? reading) in trace[t])
            {
                if (reading is not long v) continue;
                foreach (long simpler in Constant(v))
                {
                    yield return [.. trace.Take(t), new Dictionary<string, long?>(trace[t]) { [input] = simpler }, .. trace.Skip(t + 1)];
                }
            }
        }
    }

    /// <summary>A value in micro-units: zero, then the whole unit toward zero (an edge ±1 loses its 1), then halved.</summary>
    private static IEnumerable<long> Constant(long micro)
    {
        long whole = micro / Fixed.Scale * Fixed.Scale;
        return new[] { 0, whole, micro / 2 / Fixed.Scale * Fixed.Scale }.Where(v => Math.Abs(v) < Math.Abs(micro)).Distinct();
    }

    /// <summary>A count of seconds: zero, half, one less.</summary>
    private static IEnumerable<long> TowardZero(long n) =>
        new[] { 0, n / 2, n - 1 }.Where(v => v >= 0 && v < n).Distinct();

    private static IEnumerable<IReadOnlyList<T>> DropOne<T>(IReadOnlyList<T> items)
    {
        for (int i = 0; i < items.Count; i++) yield return [.. items.Take(i), .. items.Skip(i + 1)];
    }
}
