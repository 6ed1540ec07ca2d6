using SmartGateway.Runtime.Values;

namespace SmartGateway.Runtime.Tests;

public class FixedTests
{
    [Fact]
    public void AddSaturatesAtTheTopInsteadOfWrapping() => Assert.Equal(long.MaxValue, Fixed.Add(long.MaxValue - 5, 10));

    [Fact]
    public void AddSaturatesAtTheBottom() => Assert.Equal(long.MinValue, Fixed.Add(long.MinValue + 5, -10));

    [Fact]
    public void SubSaturates() => Assert.Equal(long.MaxValue, Fixed.Sub(long.MaxValue, -1));

    [Fact]
    public void NegatingTheMinimumGivesTheMaximum() => Assert.Equal(long.MaxValue, Fixed.Neg(long.MinValue));

    [Fact]
    public void AddIsExactInRange() => Assert.Equal(10_500_000L, Fixed.Add(10_000_000L, 500_000L));

    [Theory]
    [InlineData(10_500_000L, "10.5")]
    [InlineData(-1L, "-0.000001")]
    [InlineData(0L, "0")]
    [InlineData(long.MinValue, "-9223372036854.775808")]
    [InlineData(long.MaxValue, "9223372036854.775807")]
    public void TextShowsTheFewestExactDecimals(long micro, string text) => Assert.Equal(text, Fixed.ToText(micro));

    [Theory]
    [InlineData("231.2", 231_200_000L)]
    [InlineData("-0.000001", -1L)]
    [InlineData("+7", 7_000_000L)]
    [InlineData(".5", 500_000L)]
    [InlineData("1.5000000", 1_500_000L)]
    [InlineData("-9223372036854.775808", long.MinValue)]
    public void ParsesExactDecimals(string text, long micro)
    {
        Assert.True(Fixed.TryParse(text, out long value));
        Assert.Equal(micro, value);
    }

    [Theory]
    [InlineData("1.0000001")]
    [InlineData("9223372036854.775808")]
    [InlineData("1e3")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("12a")]
    [InlineData("99999999999999999999999")]
    public void RefusesWhatItCannotHoldExactly(string text) => Assert.False(Fixed.TryParse(text, out _));
}
