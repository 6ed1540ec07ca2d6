using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Runtime.Execution;

/// <summary>
/// The one place band edges are computed (docs/DESIGN.md "Hysteresis"): the upper edge v + h and the
/// lower edge v − h, saturating, and which of them switches a comparison on and which off. The
/// interpreter decodes them once at load, the native back end folds them into its code and the live
/// preview shows them as <c>on_at</c>/<c>off_at</c>.
/// </summary>
public static class BandEdges
{
    public static long Upper(long v, long h) => Fixed.Add(v, h);

    public static long Lower(long v, long h) => Fixed.Sub(v, h);

    /// <summary>
    /// Where the result turns true: above v + h for &gt; and &gt;=, below v − h for &lt; and &lt;=. For == and !=
    /// (no state) it is the lower end of the band |x − v| ≤ h, <see cref="Off"/> the upper end.
    /// </summary>
    public static long On(CompareOp op, long v, long h) => TurnsOnAbove(op) ? Upper(v, h) : Lower(v, h);

    /// <summary>Where the result turns false: the other edge of <see cref="On"/>.</summary>
    public static long Off(CompareOp op, long v, long h) => TurnsOnAbove(op) ? Lower(v, h) : Upper(v, h);

    private static bool TurnsOnAbove(CompareOp op) => op == CompareOp.Greater || op == CompareOp.GreaterOrEqual;
}
