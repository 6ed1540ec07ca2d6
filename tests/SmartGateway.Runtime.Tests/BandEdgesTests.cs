using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;

namespace SmartGateway.Runtime.Tests;

/// <summary>
/// The edges the interpreter decodes, the native back end folds in and the live preview shows as
/// on_at/off_at, with v = 10 kW and h = 500 W (the manual's HVAC example).
/// </summary>
public class BandEdgesTests
{
    private const long V = 10_000_000_000L;
    private const long H = 500_000_000L;

    [Theory]
    [InlineData(CompareOp.Greater, V + H, V - H)]
    [InlineData(CompareOp.GreaterOrEqual, V + H, V - H)]
    [InlineData(CompareOp.Less, V - H, V + H)]
    [InlineData(CompareOp.LessOrEqual, V - H, V + H)]
    [InlineData(CompareOp.Equal, V - H, V + H)]
    [InlineData(CompareOp.NotEqual, V - H, V + H)]
    public void EachOperatorTurnsOnAtOneEdgeAndOffAtTheOther(CompareOp op, long on, long off) =>
        Assert.Equal((on, off), (BandEdges.On(op, V, H), BandEdges.Off(op, V, H)));

    [Fact]
    public void EdgesSaturateAtTheEndsOfTheRange() =>
        Assert.Equal((long.MaxValue, long.MinValue), (BandEdges.Upper(long.MaxValue - 1, 10), BandEdges.Lower(long.MinValue + 1, 10)));
}
