using System.Globalization;
using SmartGateway.Host.Api;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Tests.Api;

public sealed class LegacyEncodingTests
{
    [Fact]
    public void VoltageHasOneDecimalAndItsUnit() => Assert.Equal("233.0 V", LegacyEncoding.WithUnit(233.04, 1, "V"));

    [Fact]
    public void PowerFactorCarriesCapOrInd()
    {
        Assert.Equal("0.8952 Cap", LegacyEncoding.Factor(new PowerFactor(0.8952, Capacitive: true)));
        Assert.Equal("0.6882 Ind", LegacyEncoding.Factor(new PowerFactor(0.6882, Capacitive: false)));
    }

    [Fact]
    public void NegativeReactivePowerKeepsItsSignInOneToken() => Assert.Equal("-407.4 var", LegacyEncoding.WithUnit(-407.4, 1, "var"));

    [Fact]
    public void NegativeZeroIsWrittenWithoutSign() => Assert.Equal("0.00", LegacyEncoding.Bare(-0.001, 2));

    [Fact]
    public void NumbersUseADecimalPointWhateverTheCulture()
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("49.99", LegacyEncoding.Bare(49.99, 2));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void TemperatureIsLeftOutWhenTheMeterHasNone()
    {
        var phase = new PhaseValues(230, 1, 230, 0, 230, new PowerFactor(1, false), 0, 0, 0);
        var m = new DeviceMeasurements([phase], new TotalValues(230, 0, 230, new PowerFactor(1, false), 0), 50, null, DateTimeOffset.UnixEpoch);
        Assert.Null(LegacyEncoding.Encode(m).Temperature);
    }
}
