using System.Numerics;
using SmartGateway.Compiler.Binding;
using SmartGateway.Runtime.Bytecode;

namespace SmartGateway.Properties;

/// <summary>
/// The rule semantics written straight from docs/DESIGN.md and docs/FORMATS.md over the bound tree, sharing no
/// code with the compiler back end or the interpreter: exact integers (BigInteger, clamped where the
/// text says "saturating"), bool? for the three truth values, state keyed by syntax node.
/// The property tests hold the bytecode VM to it.
/// </summary>
public sealed class ReferenceEvaluator(BoundRuleSet rules)
{
    private readonly Dictionary<BoundCompare, bool?> _hysteresis = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<BoundCompare, long> _trueFor = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<BoundAutomation, (bool? Last, long SetAt)> _automations = new(ReferenceEqualityComparer.Instance);
    private long _t = -1;

    /// <summary>One tick: the actions executed, in order. <paramref name="input"/> gives null for an invalid input.</summary>
    public List<(string Automation, BoundAction Action)> Tick(Func<string, long?> input)
    {
        _t++;
        var executed = new List<(string, BoundAction)>();
        foreach (BoundAutomation a in rules.Automations)
        {
            if (!a.Enabled)
            {
                Forget(a);
                continue;
            }
            bool? r = Evaluate(a.Condition, input);
            (bool? last, long setAt) = _automations.GetValueOrDefault(a, (null, 0));
            bool? e;
            bool changed = false;
            if ((last == true && _t - setAt < a.MinOnSeconds) || (last == false && _t - setAt < a.MinOffSeconds))
            {
                e = last;
            }
            else
            {
                e = r;
                if (r != null && r != last)
                {
                    _automations[a] = (r, _t);
                    changed = true;
                }
            }
            bool run = a.Continuous ? e != null : changed;
            if (run) executed.AddRange((e == true ? a.OnTrue : a.OnFalse).Select(x => (a.Name, x)));
        }
        return executed;
    }

    private void Forget(BoundAutomation a)
    {
        _automations.Remove(a);
        foreach (BoundCompare c in Comparisons.Of(a.Condition))
        {
            _hysteresis.Remove(c);
            _trueFor.Remove(c);
        }
    }

    private bool? Evaluate(BoundCondition c, Func<string, long?> input)
    {
        switch (c)
        {
            case BoundAnd and:
            {
                // Every block is evaluated, no short-circuit.
                var values = and.Items.Select(i => Evaluate(i, input)).ToList();
                if (values.Contains(false)) return false;
                return values.All(v => v == true) ? true : null;
            }
            case BoundOr or:
            {
                var values = or.Items.Select(i => Evaluate(i, input)).ToList();
                if (values.Contains(true)) return true;
                return values.All(v => v == false) ? false : null;
            }
            case BoundNot not:
                return !Evaluate(not.Operand, input);
            default:
                return Compare((BoundCompare)c, input);
        }
    }

    private bool? Compare(BoundCompare c, Func<string, long?> input)
    {
        BigInteger x = 0;
        bool known = true;
        foreach (BoundTerm term in c.Terms)
        {
            long? v = input(term.Input.Path);
            if (v == null) known = false;
            else x = Clamp(term.Negative ? x - v.Value : x + v.Value);
        }
        bool? r;
        if (!known)
        {
            r = null; // hysteresis state frozen
        }
        else
        {
            BigInteger v = c.Value, h = c.Hysteresis;
            BigInteger hi = Clamp(v + h), lo = Clamp(v - h);
            bool? s = _hysteresis.GetValueOrDefault(c);
            r = c.Op switch
            {
                CompareOp.Greater => x > hi ? true : x <= lo ? false : s ?? (x > v),
                CompareOp.GreaterOrEqual => x >= hi ? true : x < lo ? false : s ?? (x >= v),
                CompareOp.Less => x < lo ? true : x >= hi ? false : s ?? (x < v),
                CompareOp.LessOrEqual => x <= lo ? true : x > hi ? false : s ?? (x <= v),
                CompareOp.Equal => BigInteger.Abs(Clamp(x - v)) <= h,
                _ => BigInteger.Abs(Clamp(x - v)) > h,
            };
            if (c.Op <= CompareOp.LessOrEqual) _hysteresis[c] = r;
        }
        if (c.ForSeconds == 0) return r;
        // T at t only if the resolved result was T at every tick from t−D to t; U restarts the count.
        long run = r == true ? _trueFor.GetValueOrDefault(c) + 1 : 0;
        _trueFor[c] = run;
        if (r == null) return null;
        return r == true && run >= c.ForSeconds + 1;
    }

    private static BigInteger Clamp(BigInteger v) => BigInteger.Max(long.MinValue, BigInteger.Min(long.MaxValue, v));
}
