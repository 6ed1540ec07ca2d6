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

    /// <summary><see cref="Resolve"/> with the edges already computed: <paramref name="upper"/> = v + h, <paramref name="lower"/> = v − h.</summary>
    public static byte Ordered(CompareOp op, long x, long upper, long lower, long v, byte state)
    {
        switch (op)
        {
            case CompareOp.Greater:
                if (x > upper) return Tri.True;
                if (x <= lower) return Tri.False;
                return state != Tri.Unknown ? state : Tri.FromBool(x > v);
            case CompareOp.GreaterOrEqual:
                if (x >= upper) return Tri.True;
                if (x < lower) return Tri.False;
                return state != Tri.Unknown ? state : Tri.FromBool(x >= v);
            case CompareOp.Less:
                if (x < lower) return Tri.True;
                if (x >= upper) return Tri.False;
                return state != Tri.Unknown ? state : Tri.FromBool(x < v);
            default:
                if (x <= lower) return Tri.True;
                if (x > upper) return Tri.False;
                return state != Tri.Unknown ? state : Tri.FromBool(x <= v);
        }
    }

    /// <summary>== and != compare the distance |x − v| with h; they keep no state.</summary>
    public static byte Band(CompareOp op, long x, long v, long h)
    {
        bool inside = Fixed.Abs(Fixed.Sub(x, v)) <= h;
        return Tri.FromBool(op == CompareOp.Equal ? inside : !inside);
    }
}
