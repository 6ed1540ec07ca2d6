using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Binding;

/// <summary>
/// Warnings about a rule set that is valid but likely wrong: two automations driving one target,
/// continuous switching on a noisy input, comparisons that can never change.
/// </summary>
internal static class RuleSetWarnings
{
    public static void Report(BoundRuleSet rules, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (BoundAutomation a in rules.Automations)
        {
            if (!a.Enabled) continue;
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (BoundAction action in a.OnTrue.Concat(a.OnFalse))
            {
                foreach (string target in Targets(action))
                {
                    if (owners.TryGetValue(target, out string? owner) && owner != a.Name)
                    {
                        if (reported.Add(owner + "\n" + target)) diagnostics.Add(DiagnosticCodes.ConflictingTargets, action.Span, owner, a.Name, target);
                    }
                    else
                    {
                        owners[target] = a.Name;
                    }
                }
            }
            foreach (BoundCompare c in Compares(a.Condition)) CompareWarnings(a, c, diagnostics);
        }
    }

    /// <summary>What an action drives: a relay, or each register word a write touches.</summary>
    private static IEnumerable<string> Targets(BoundAction action)
    {
        switch (action)
        {
            case BoundBicom b:
                yield return $"bicom {b.Target}";
                break;
            case BoundModbus m:
                for (int w = 0; w < RegisterTypes.Words(m.Type); w++) yield return $"Modbus register {m.Register + w} of address {m.Address}";
                break;
        }
    }

    private static IEnumerable<BoundCompare> Compares(BoundCondition c) => c switch
    {
        BoundAnd and => and.Items.SelectMany(Compares),
        BoundOr or => or.Items.SelectMany(Compares),
        BoundNot not => Compares(not.Operand),
        _ => [(BoundCompare)c],
    };

    private static void CompareWarnings(BoundAutomation a, BoundCompare c, DiagnosticBag diagnostics)
    {
        if (a.Continuous && c.Hysteresis == 0 && CompareOps.HasState(c.Op))
        {
            BoundTerm? analogue = c.Terms.FirstOrDefault(t => t.Input.Analogue);
            if (analogue != null) diagnostics.Add(DiagnosticCodes.NoHysteresis, c.Span, a.Name, analogue.Input.Path);
        }
        if (c.Terms.Count != 1 || c.Terms[0].Negative || c.Hysteresis != 0) return;
        InputInfo input = c.Terms[0].Input;
        if (input.Min is not long min || input.Max is not long max) return;
        long v = c.Value;
        bool? always = c.Op switch
        {
            CompareOp.Greater => v >= max ? false : v < min ? true : null,
            CompareOp.GreaterOrEqual => v > max ? false : v <= min ? true : null,
            CompareOp.Less => v <= min ? false : v > max ? true : null,
            CompareOp.LessOrEqual => v < min ? false : v >= max ? true : null,
            CompareOp.Equal => v < min || v > max ? false : null,
            _ => v < min || v > max ? true : null,
        };
        if (always is bool b)
        {
            string expression = $"{input.Path} {CompareOps.Symbol(c.Op)} {Fixed.ToText(v)}";
            diagnostics.Add(DiagnosticCodes.ConstantOutsideDomain, c.Span, expression, b ? "true" : "false", input.Path,
                $"{Fixed.ToText(min)}–{Fixed.ToText(max)}");
        }
    }
}
