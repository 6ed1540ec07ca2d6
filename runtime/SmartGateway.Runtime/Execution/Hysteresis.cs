using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Runtime.Execution;

/// <summary>
/// The docs/DESIGN.md comparison table. Band edges come from <see cref="BandEdges"/>; the interpreter
/// computes them and the operator's flags once at load and calls <see cref="Ordered"/> with them.
/// </summary>
public static class Hysteresis
{
    /// <summary>
    /// Ordering operators: becomes true past the far edge, false past the near edge, otherwise keeps
    /// <paramref name="state"/>; with no state yet, the plain comparison decides.
    /// </summary>
    public static byte Resolve(CompareOp op, long x, long v, long h, byte state) =>
        Ordered(x, BandEdges.Upper(v, h), BandEdges.Lower(v, h), v, Inclusive(op), Flip(op), state);

    /// <summary>1 for &gt;= and &lt;: the edge itself switches (see <see cref="Ordered"/>).</summary>
    internal static int Inclusive(CompareOp op) => op == CompareOp.GreaterOrEqual || op == CompareOp.Less ? 1 : 0;

    /// <summary>1 for &lt; and &lt;=, which are "not &gt;=" and "not &gt;" (see <see cref="Ordered"/>).</summary>
    internal static int Flip(CompareOp op) => op == CompareOp.Less || op == CompareOp.LessOrEqual ? 1 : 0;

    /// <summary>
    /// <see cref="Resolve"/> with the edges (<paramref name="upper"/> = v + h, <paramref name="lower"/> =
    /// v − h) and the operator as two flags, as the interpreter decodes them at load: "&lt;" is
    /// "not &gt;=" and "&lt;=" is "not &gt;", each with its state negated too, so the four operators are
    /// one rule: &gt; (<paramref name="inclusive"/> 0) or &gt;= (1) is true past the upper edge, false past
    /// the lower edge, otherwise the state; with no state yet, the plain comparison with v.
    /// <para>Without a branch on the data: the compares become 0/1 and the result is put together from
    /// them. Readings are noise to a branch predictor; here they cost no mispredictions.</para>
    /// </summary>
    public static byte Ordered(long x, long upper, long lower, long v, int inclusive, int flip, byte state)
    {
        int held = Tri.NotIf(state, flip);
        int above = Bit(x > upper) | (inclusive & Bit(x == upper));
        int below = (Bit(x < lower) | ((inclusive ^ 1) & Bit(x == lower))) & (above ^ 1);
        // No state yet happens only until a slot's first known reading: a branch that always predicts.
        int keep = held != Tri.Unknown ? held : Tri.False - (Bit(x > v) | (inclusive & Bit(x == v)));
        int inside = 1 - (above | below);
        return Tri.NotIf((byte)(above | (below << 1) | (inside * keep)), flip);
    }

    private static int Bit(bool b) => b ? 1 : 0;

    /// <summary>
    /// == and != compare the distance |x − v| (saturating) with h; they keep no state. Branch-free like
    /// <see cref="Ordered"/>: the sign of x − v is data too.
    /// </summary>
    public static byte Band(CompareOp op, long x, long v, long h)
    {
        long d = Fixed.Sub(x, v);
        long sign = d >> 63;
        long distance = unchecked((d ^ sign) - sign);
        // |long.MinValue| wrapped to itself: saturate it to long.MaxValue as Fixed.Abs does.
        distance = unchecked(distance - (long)((ulong)distance >> 63));
        int outside = Bit(distance > h) ^ Bit(op == CompareOp.NotEqual);
        return (byte)(Tri.True + outside);
    }
}
