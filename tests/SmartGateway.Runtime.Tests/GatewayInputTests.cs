using SmartGateway.Runtime.Inputs;

namespace SmartGateway.Runtime.Tests;

/// <summary>The gateway's own inputs in integer arithmetic: PT1000 temperature and S0 pulse energy.</summary>
public class GatewayInputTests
{
    /// <summary>IEC 60751 Callendar–Van Dusen, in double (test side only), in Ω.</summary>
    private static double Resistance(double t)
    {
        const double a = 3.9083e-3, b = -5.775e-7, c = -4.183e-12;
        return 1000 * (1 + a * t + b * t * t + (t < 0 ? c * (t - 100) * t * t * t : 0));
    }

    [Theory]
    [InlineData(1000000, 0)]
    [InlineData(1385055, 100000000)]
    [InlineData(803063, -50000000)]
    [InlineData(1573251, 150000000)]
    public void TablePointsGiveTheirTemperatureExactly(long milliohms, long microCelsius)
    {
        Assert.True(Pt1000.TryCelsius(milliohms, out long t));
        Assert.Equal(microCelsius, t);
    }

    [Fact]
    public void InterpolationStaysWithinFiveMillikelvinOfTheStandardCurve()
    {
        for (double celsius = -50; celsius <= 150; celsius += 0.25)
        {
            long milliohms = (long)Math.Round(Resistance(celsius) * 1000);
            Assert.True(Pt1000.TryCelsius(milliohms, out long micro));
            Assert.InRange(micro / 1e6 - celsius, -0.005, 0.005);
        }
    }

    [Fact]
    public void HigherResistanceNeverReadsColder()
    {
        long previous = long.MinValue;
        for (long milliohms = 803063; milliohms <= 1573251; milliohms += 97)
        {
            Assert.True(Pt1000.TryCelsius(milliohms, out long micro));
            Assert.True(micro >= previous, milliohms + " mΩ read colder than the step before");
            previous = micro;
        }
    }

    [Theory]
    [InlineData(803062)]
    [InlineData(1573252)]
    [InlineData(0)]
    public void OutsideTheTableIsNoReading(long milliohms)
    {
        Assert.False(Pt1000.TryCelsius(milliohms, out _));
    }

    [Fact]
    public void DividerAtMidScaleIsTheReferenceResistance()
    {
        Assert.True(Pt1000.TryDividerMilliohms(4095 * 8, 4095 * 16, 1000000, out long milliohms));
        Assert.Equal(1000000, milliohms);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65520)]
    public void ReadingAtARailIsAnOpenOrShortedSensor(long counts)
    {
        Assert.False(Pt1000.TryDividerMilliohms(counts, 65520, 1000000, out _));
    }

    [Theory]
    [InlineData(1, 1000, 1000000)]
    [InlineData(1, 800, 1250000)]
    [InlineData(3, 2000, 1500000)]
    [InlineData(1234567, 1000, 1234567000000)]
    public void PulsesBecomeMicroWattHours(long pulses, long perKwh, long microWh)
    {
        Assert.Equal(microWh, PulseEnergy.ToMicroWh(pulses, perKwh));
    }

    [Fact]
    public void ACountNearLongRangeDoesNotOverflow()
    {
        long pulses = long.MaxValue / 1000000;
        Assert.Equal(pulses / 10000 * 1000000000 + pulses % 10000 * 1000000000 / 10000, PulseEnergy.ToMicroWh(pulses, 10000));
        Assert.True(PulseEnergy.ToMicroWh(pulses, 10000) > 0);
    }

    [Fact]
    public void AMeterConstantOfZeroGivesNoEnergy()
    {
        Assert.Equal(0, PulseEnergy.ToMicroWh(100, 0));
    }
}
