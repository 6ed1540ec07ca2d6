using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Runtime.Execution;

/// <summary>
/// The docs/DESIGN.md comparison table. Band edges v±h are computed with saturating arithmetic.
/// </summary>
public static class Hysteresis
{
    /// <summary>
    /// Ordering operators: becomes true past the far edge, false past the near edge, otherwise keeps
    /// <paramref name="state"/>; with no state yet, the plain comparison decides.
    /// </summary>
    public static byte Resolve(CompareOp op, long x, long v, long h, byte state)
    {
        long hi = Fixed.Add(v, h);
        long lo = Fixed.Sub(v, h);
        switch (op)
        {
            case CompareOp.Greater:
                if (x > hi) return Tri.True;
                if (x <= lo) return Tri.False;
                return state != Tri.Unknown ? state : Tri.FromBool(x > v);
            case CompareOp.GreaterOrEqual:
                if (x >= hi) return Tri.True;
                if (x < lo) return Tri.False;
                return state != Tri.Unknown ? state : Tri.FromBool(x >= v);
            case CompareOp.Less:
                if (x < lo) return Tri.True;
                if (x >= hi) return Tri.False;
                return state != Tri.Unknown ? state : Tri.FromBool(x < v);
            default:
                if (x <= lo) return Tri.True;
                if (x > hi) return Tri.False;
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
