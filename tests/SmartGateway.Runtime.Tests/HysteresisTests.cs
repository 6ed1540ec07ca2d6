using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Runtime.Tests;

/// <summary>
/// One example per row of the docs/DESIGN.md table at the exact band edges, ±1 micro-unit, with
/// v = 10 kW and h = 500 W (the manual's HVAC example): edges at 10.5 kW and 9.5 kW.
/// </summary>
public class HysteresisTests
{
    private const long V = 10_000_000_000L;
    private const long H = 500_000_000L;
    private const long Hi = V + H;
    private const long Lo = V - H;
    private const byte T = Tri.True, F = Tri.False, None = Tri.Unknown;

    [Theory]
    // >  : true when x > v+h, false when x <= v-h, otherwise keep
    [InlineData(CompareOp.Greater, Hi + 1, F, T)]
    [InlineData(CompareOp.Greater, Hi, F, F)]
    [InlineData(CompareOp.Greater, Hi, T, T)]
    [InlineData(CompareOp.Greater, Lo + 1, T, T)]
    [InlineData(CompareOp.Greater, Lo, T, F)]
    [InlineData(CompareOp.Greater, Lo - 1, T, F)]
    // >= : true when x >= v+h, false when x < v-h
    [InlineData(CompareOp.GreaterOrEqual, Hi, F, T)]
    [InlineData(CompareOp.GreaterOrEqual, Hi - 1, F, F)]
    [InlineData(CompareOp.GreaterOrEqual, Lo, T, T)]
    [InlineData(CompareOp.GreaterOrEqual, Lo - 1, T, F)]
    // <  : true when x < v-h, false when x >= v+h
    [InlineData(CompareOp.Less, Lo - 1, F, T)]
    [InlineData(CompareOp.Less, Lo, F, F)]
    [InlineData(CompareOp.Less, Hi - 1, T, T)]
    [InlineData(CompareOp.Less, Hi, T, F)]
    // <= : true when x <= v-h, false when x > v+h
    [InlineData(CompareOp.LessOrEqual, Lo, F, T)]
    [InlineData(CompareOp.LessOrEqual, Lo + 1, F, F)]
    [InlineData(CompareOp.LessOrEqual, Hi, T, T)]
    [InlineData(CompareOp.LessOrEqual, Hi + 1, T, F)]
    public void OrderingOperatorsSwitchOnlyPastTheFarEdge(CompareOp op, long x, byte state, byte expected) =>
        Assert.Equal(expected, Hysteresis.Resolve(op, x, V, H, state));

    [Theory]
    [InlineData(CompareOp.Greater, V + 1, T)]
    [InlineData(CompareOp.Greater, V, F)]
    [InlineData(CompareOp.GreaterOrEqual, V, T)]
    [InlineData(CompareOp.GreaterOrEqual, V - 1, F)]
    [InlineData(CompareOp.Less, V - 1, T)]
    [InlineData(CompareOp.Less, V, F)]
    [InlineData(CompareOp.LessOrEqual, V, T)]
    [InlineData(CompareOp.LessOrEqual, V + 1, F)]
    public void WithNoStateTheBandIsDecidedByThePlainComparison(CompareOp op, long x, byte expected) =>
        Assert.Equal(expected, Hysteresis.Resolve(op, x, V, H, None));

    [Theory]
    // == : |x - v| <= h ; != : |x - v| > h, both stateless
    [InlineData(CompareOp.Equal, Hi, T)]
    [InlineData(CompareOp.Equal, Hi + 1, F)]
    [InlineData(CompareOp.Equal, Lo, T)]
    [InlineData(CompareOp.Equal, Lo - 1, F)]
    [InlineData(CompareOp.NotEqual, Hi, F)]
    [InlineData(CompareOp.NotEqual, Hi + 1, T)]
    [InlineData(CompareOp.NotEqual, Lo - 1, T)]
    public void EqualityComparesTheDistanceWithTheHysteresis(CompareOp op, long x, byte expected) =>
        Assert.Equal(expected, Hysteresis.Band(op, x, V, H));

    [Fact]
    public void BandEdgesSaturateInsteadOfWrapping() =>
        Assert.Equal(F, Hysteresis.Resolve(CompareOp.Greater, long.MaxValue, long.MaxValue - 1, 10, F));

    [Fact]
    public void BandDistanceSaturatesInsteadOfWrapping() =>
        Assert.Equal((T, F), (Hysteresis.Band(CompareOp.Equal, long.MinValue, long.MaxValue, long.MaxValue),
            Hysteresis.Band(CompareOp.Equal, long.MinValue, long.MaxValue, long.MaxValue - 1)));
}
