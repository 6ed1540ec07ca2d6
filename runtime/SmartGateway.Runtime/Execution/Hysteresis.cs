using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Runtime.Execution;

/// <summary>
/// The docs/DESIGN.md comparison table. Band edges come from <see cref="BandEdges"/>; the interpreter
/// computes them once at load and calls <see cref="Ordered"/> with them.
/// </summary>
public static class Hysteresis
{
    /// <summary>
    /// Ordering operators: becomes true past the far edge, false past the near edge, otherwise keeps
    /// <paramref name="state"/>; with no state yet, the plain comparison decides.
    /// </summary>
    public static byte Resolve(CompareOp op, long x, long v, long h, byte state) =>
        Ordered(op, x, BandEdges.Upper(v, h), BandEdges.Lower(v, h), v, state);

    /// <summary>
    /// <see cref="Resolve"/> with the edges already computed: <paramref name="upper"/> = v + h,
    /// <paramref name="lower"/> = v − h. "&lt;" is "not &gt;=" and "&lt;=" is "not &gt;", each with its state
    /// negated too, so the four operators are one rule (<see cref="Rising"/>).
    /// </summary>
    public static byte Ordered(CompareOp op, long x, long upper, long lower, long v, byte state)
    {
        bool inclusive = op == CompareOp.GreaterOrEqual || op == CompareOp.Less;
        if (op == CompareOp.Greater || op == CompareOp.GreaterOrEqual) return Rising(x, upper, lower, v, inclusive, state);
        return Tri.Not(Rising(x, upper, lower, v, inclusive, Tri.Not(state)));
    }

    /// <summary>
    /// "&gt;" (<paramref name="inclusive"/> false) or "&gt;=" (true): true past the upper edge, false past the
    /// lower edge, otherwise <paramref name="state"/>; with no state yet, the plain comparison with v.
    /// </summary>
    public static byte Rising(long x, long upper, long lower, long v, bool inclusive, byte state)
    {
        if (x > upper || (inclusive && x == upper)) return Tri.True;
        if (x < lower || (!inclusive && x == lower)) return Tri.False;
        if (state != Tri.Unknown) return state;
        return Tri.FromBool(x > v || (inclusive && x == v));
    }

    /// <summary>== and != compare the distance |x − v| with h; they keep no state.</summary>
    public static byte Band(CompareOp op, long x, long v, long h)
    {
        bool inside = Fixed.Abs(Fixed.Sub(x, v)) <= h;
        return Tri.FromBool(op == CompareOp.Equal ? inside : !inside);
    }
}
