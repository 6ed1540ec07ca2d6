using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Formatting;
using SmartGateway.Runtime.Bytecode;

namespace SmartGateway.Compiler.Binding;

/// <summary>
/// Hysteresis bands that cannot work because of the physical bounds of what they compare (docs/DESIGN.md gives the
/// band edges): an edge beyond a bound means the condition, once switched, never switches back (SG1105, at the
/// hysteresis); no reachable edge at all means it never switches (SG1106, at the comparison). Bounds of a sum of
/// inputs are the sums of their bounds; an input without a bound (active power) leaves that side open.
/// </summary>
internal static class BandWarnings
{
    private const long Extreme = long.MaxValue / 4;

    public static void Check(BoundCompare c, SourceSpan hysteresisSpan, DiagnosticBag diagnostics)
    {
        // Huge values (beyond any meter's range) would overflow the band edges; they are not worth a warning.
        if (c.Hysteresis <= 0 || c.Hysteresis > Extreme || c.Value is < -Extreme or > Extreme) return;
        (long? min, long? max) = Bounds(c.Terms);
        if (min == null && max == null) return;
        long v = c.Value, h = c.Hysteresis;
        Dimension d = c.Terms[0].Input.Dimension;
        bool canBeTrue, canBeFalse, turnsOn, turnsOff;
        switch (c.Op)
        {
            case CompareOp.Greater:
                (canBeTrue, canBeFalse, turnsOn, turnsOff) = (Above(v, max), AtOrBelow(v, min), Above(v + h, max), AtOrBelow(v - h, min));
                break;
            case CompareOp.GreaterOrEqual:
                (canBeTrue, canBeFalse, turnsOn, turnsOff) = (AtOrAbove(v, max), Below(v, min), AtOrAbove(v + h, max), Below(v - h, min));
                break;
            case CompareOp.Less:
                (canBeTrue, canBeFalse, turnsOn, turnsOff) = (Below(v, min), AtOrAbove(v, max), Below(v - h, min), AtOrAbove(v + h, max));
                break;
            case CompareOp.LessOrEqual:
                (canBeTrue, canBeFalse, turnsOn, turnsOff) = (AtOrBelow(v, min), Above(v, max), AtOrBelow(v - h, min), Above(v + h, max));
                break;
            default:
                // == and != are stateless: |x − v| ≤ h must be possible and impossible somewhere in the bounds.
                bool inside = AtOrAbove(v - h, max) && AtOrBelow(v + h, min);
                bool outside = Below(v - h, min) || Above(v + h, max);
                if (!inside || !outside) NeverSwitches(c, d, min, max, diagnostics);
                return;
        }
        if (!(canBeFalse && turnsOn) && !(canBeTrue && turnsOff))
        {
            NeverSwitches(c, d, min, max, diagnostics);
            return;
        }
        if (turnsOn && turnsOff) return;
        // Which edge is out of reach: the lower one (v − h) is the off edge of > and >=, the on edge of < and <=.
        bool lowerEdge = c.Op is CompareOp.Greater or CompareOp.GreaterOrEqual ? !turnsOff : !turnsOn;
        string bound = DslFormatter.Quantity(lowerEdge ? min!.Value : max!.Value, d);
        string stuck = turnsOff ? "false" : "true";
        diagnostics.Add(DiagnosticCodes.HysteresisPastBound, hysteresisSpan, DslFormatter.Quantity(h, d), bound,
            lowerEdge ? "lowest value" : "highest value", Sum(c.Terms), stuck, turnsOff ? "true" : "false");
    }

    private static void NeverSwitches(BoundCompare c, Dimension d, long? min, long? max, DiagnosticBag diagnostics)
    {
        string range = (min, max) switch
        {
            (long lo, long hi) => $"{DslFormatter.Quantity(lo, d)} to {DslFormatter.Quantity(hi, d)}",
            (long lo, null) => $"{DslFormatter.Quantity(lo, d)} and above",
            _ => $"up to {DslFormatter.Quantity(max!.Value, d)}",
        };
        diagnostics.Add(DiagnosticCodes.BandNeverSwitches, c.Span, DslFormatter.Quantity(c.Value - c.Hysteresis, d),
            DslFormatter.Quantity(c.Value + c.Hysteresis, d), Sum(c.Terms), range);
    }

    private static string Sum(IReadOnlyList<BoundTerm> terms) =>
        string.Concat(terms.Select((t, i) => (i, t.Negative) switch
        {
            (0, false) => t.Input.Path,
            (0, true) => "-" + t.Input.Path,
            (_, false) => " + " + t.Input.Path,
            _ => " - " + t.Input.Path,
        }));

    /// <summary>The bounds of a sum of ±inputs; null on a side any term leaves open.</summary>
    private static (long? Min, long? Max) Bounds(IReadOnlyList<BoundTerm> terms)
    {
        long? min = 0, max = 0;
        foreach (BoundTerm t in terms)
        {
            (long? lo, long? hi) = t.Negative ? (-t.Input.Max, -t.Input.Min) : (t.Input.Min, t.Input.Max);
            min += lo;
            max += hi;
        }
        return (min, max);
    }

    // Is there a value of the sum, within its bounds, beyond the edge e?
    private static bool Above(long e, long? max) => max == null || e < max;
    private static bool AtOrAbove(long e, long? max) => max == null || e <= max;
    private static bool Below(long e, long? min) => min == null || e > min;
    private static bool AtOrBelow(long e, long? min) => min == null || e >= min;
}
