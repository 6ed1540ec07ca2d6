using FsCheck;
using FsCheck.Fluent;
using SmartGateway.Compiler.Tariffs;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Time.Tests;

/// <summary>Per-meter tariff registers: the switch is exactly at the hour edge, energy split pro rata.</summary>
public class TariffCountersTests
{
    private static readonly TariffCalendar Slovenia = Calendars.Load("slovenia-network-2024.sgt");

    // Tuesday 2025-01-14, 06:00 CET is 05:00 UTC: block 2 from 06:00, block 1 from 07:00.
    private static long Utc(int hour, int minute, int second = 0) => LocalTime.ToLocalSeconds(2025, 1, 14, hour, minute, second);

    [Fact]
    public void EnergyWithinOneHourGoesToThatHoursTariff()
    {
        var c = new TariffCounters(Slovenia);
        c.Observe(Utc(5, 10), 1_000_000);
        c.Observe(Utc(5, 50), 3_000_000);
        Assert.Equal(2_000_000, c.Register(2));
        Assert.Equal(0, c.Register(1));
    }

    [Fact]
    public void IntervalSpanningTheHourEdgeIsSplitByTime()
    {
        var c = new TariffCounters(Slovenia);
        c.Accumulate(Utc(5, 45), Utc(6, 15), 3_000_000); // 15 min in block 2, 15 min in block 1
        Assert.Equal(1_500_000, c.Register(2));
        Assert.Equal(1_500_000, c.Register(1));
    }

    [Fact]
    public void RoundingRemainderGoesToTheLastTariffSoNothingIsLost()
    {
        var c = new TariffCounters(Slovenia);
        c.Accumulate(Utc(5, 59, 0), Utc(6, 1, 0), 1_000_001); // 60 s each side
        Assert.Equal(500_000, c.Register(2));
        Assert.Equal(500_001, c.Register(1));
    }

    [Fact]
    public void RestoredRegistersKeepCountingAfterARestart()
    {
        var c = new TariffCounters(Slovenia);
        c.SetRegister(1, 7_000_000);
        c.Accumulate(Utc(6, 0), Utc(6, 30), 2_000_000);
        Assert.Equal(9_000_000, c.Register(1));
    }

    [Fact]
    public void ReadingThatGoesBackwardsRebasesWithoutSubtracting()
    {
        var c = new TariffCounters(Slovenia);
        c.Observe(Utc(5, 0), 5_000_000);
        c.Observe(Utc(5, 10), 1_000_000); // meter replaced
        c.Observe(Utc(5, 20), 1_500_000);
        Assert.Equal(500_000, c.Register(2));
    }

    [Fact]
    public void DaylightSavingTransitionIsAnEdge()
    {
        const string source = """
            timezone "CET-1CEST,M3.5.0,M10.5.0/3"
            tariff 1 "Summer"
            tariff 2 "Winter"
            season "W" starts winter time on workday, weekend { 0 => 2 }
            season "S" starts summer time on workday, weekend { 0 => 1 }
            """;
        var c = new TariffCounters(TariffCompiler.Compile("dst.sgt", source).Load()!);
        long transition = LocalTime.ToLocalSeconds(2025, 3, 30, 1, 0, 0); // 01:00 UTC
        c.Accumulate(transition - 900, transition + 2700, 4_000_000);
        Assert.Equal(1_000_000, c.Register(2));
        Assert.Equal(3_000_000, c.Register(1));
    }

    [Fact]
    public void RegistersAlwaysSumToTheMetersEnergy()
    {
        long year = LocalTime.ToLocalSeconds(2025, 1, 1, 0, 0, 0);
        Prop.ForAll(Gen.Choose(0, 365 * 86400).Zip(Gen.Choose(1, 3 * 86400)).Zip(Gen.Choose(0, int.MaxValue)).ToArbitrary(), t =>
        {
            ((int start, int length), int energy) = t;
            var c = new TariffCounters(Slovenia);
            c.Accumulate(year + start, year + start + length, energy);
            long sum = 0;
            for (int tariff = 1; tariff <= 5; tariff++) sum += c.Register(tariff);
            Assert.Equal(energy, sum);
        }).QuickCheckThrowOnFailure();
    }
}
