using SmartGateway.Runtime.Modbus;
using SmartGateway.Simulator;
using SmartGateway.Simulator.Devices;
using SmartGateway.Simulator.Site;

namespace SmartGateway.Modbus.Tests.Simulator;

/// <summary>The default simulated line-up behaves like a house: the sun over the local day, loads that follow their switches.</summary>
public class DemoSiteTests
{
    private const string Ljubljana = "CET-1CEST,M3.5.0,M10.5.0/3";

    // A summer day in Ljubljana: 04:00 UTC is 06:00 local, 11:00 UTC is 13:00 local.
    private static readonly DateTimeOffset SummerNoon = new(2026, 6, 21, 11, 0, 0, TimeSpan.Zero);

    private sealed class ManualTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class Site
    {
        public Site(DateTimeOffset start, int seed = 1, double timeScale = 1)
        {
            Time = new ManualTime(start);
            Clock = new SiteClock(Time, timeScale) { TimeZone = Ljubljana };
            Demo = new DemoSite(Clock, seed);
            Demo.PopulateLeftIr(LeftIr, 33);
            Demo.PopulateRightIr(RightIr, 33);
            Demo.PopulateRs485(Rs485);
        }

        public ManualTime Time { get; }
        public SiteClock Clock { get; }
        public DemoSite Demo { get; }
        public SimulatedBus LeftIr { get; } = new() { Frozen = true };
        public SimulatedBus RightIr { get; } = new() { Frozen = true };
        public SimulatedBus Rs485 { get; } = new() { Frozen = true };

        public IskraMeter Grid => (IskraMeter)LeftIr.Devices[33];
        public IskraMeter Household => (IskraMeter)Rs485.Devices[1];
        public IskraMeter Pv => (IskraMeter)Rs485.Devices[2];
        public IskraMeter WaterHeater => (IskraMeter)Rs485.Devices[35];

        /// <summary>Every meter brought to the site's present instant, as a poll would.</summary>
        public void At(DateTimeOffset instant)
        {
            Time.Now = instant;
            foreach (SimulatedBus bus in new[] { LeftIr, RightIr, Rs485 })
                foreach (SimulatedDevice device in bus.Devices.Values) device.Advance(0);
        }

        public byte Write(SimulatedBus bus, byte unit, int register, ushort value)
        {
            byte[] pdu = new byte[5];
            ModbusRequest.WriteSingle(unit, register, value).EncodePdu(pdu, 0);
            SimulatedReply reply = bus.Handle(unit, pdu, 0, pdu.Length);
            return (reply.Pdu[0] & 0x80) != 0 ? reply.Pdu[1] : ExceptionCode.None;
        }
    }

    [Fact]
    public void ThePvMeterReadsNothingAtLocalNightAndProducesAtLocalNoon()
    {
        var site = new Site(SummerNoon);
        site.At(SummerNoon.AddHours(-11)); // 02:00 local
        Assert.Equal(0, site.Pv.Load.PTotal, 6);
        site.At(SummerNoon);
        Assert.InRange(site.Pv.Load.PTotal, 1000, House.PvPeakWatts);
    }

    [Fact]
    public void TheSunFollowsTheGatewaysTimeZone()
    {
        var site = new Site(SummerNoon);
        DateTimeOffset utcNoonIsNightInNewYork = SummerNoon.AddHours(-8); // 03:00 UTC: 05:00 in Ljubljana, 23:00 in New York
        site.At(utcNoonIsNightInNewYork.AddHours(3)); // 06:00 UTC: 08:00 in Ljubljana
        Assert.True(site.Pv.Load.PTotal > 0);
        site.Clock.TimeZone = "EST5EDT,M3.2.0,M11.1.0";
        site.At(utcNoonIsNightInNewYork.AddHours(3)); // 02:00 in New York
        Assert.Equal(0, site.Pv.Load.PTotal, 6);
    }

    [Fact]
    public void TheGridMeterReadsTheLoadsLessThePvAndExportsAtASunnyNoon()
    {
        var site = new Site(SummerNoon);
        site.At(SummerNoon);
        IskraMeter[] loads = [site.Household, site.WaterHeater];
        House house = site.Demo.House;
        Span<double> p = stackalloc double[3], q = stackalloc double[3];
        double others = 0;
        house.NonEssential(SummerNoon, p, q);
        others += p[0] + p[1] + p[2];
        house.HeatPump(SummerNoon, p, q);
        others += p[0] + p[1] + p[2];
        double expected = loads.Sum(m => m.Load.PTotal) + others - site.Pv.Load.PTotal;
        Assert.Equal(expected, site.Grid.Load.PTotal, 6);
        Assert.True(site.Grid.Load.PTotal < 0, $"a sunny summer noon exports, read {site.Grid.Load.PTotal} W");
    }

    [Fact]
    public void TheWaterHeatersMeterFollowsItsBicom()
    {
        var site = new Site(SummerNoon);
        Assert.Equal(ExceptionCode.None, site.Write(site.Rs485, 32, 200, 1));
        site.At(SummerNoon);
        Assert.InRange(site.WaterHeater.Load.PTotal, House.WaterHeaterWatts - 100, House.WaterHeaterWatts + 100);
        Assert.False(ThreePhaseModel.IsCapacitive(site.WaterHeater.Load.PTotal, site.WaterHeater.Load.QTotal));
        Assert.Equal(ExceptionCode.None, site.Write(site.Rs485, 32, 200, 0));
        site.At(SummerNoon);
        Assert.InRange(site.WaterHeater.Load.PTotal, 0, 10); // the controller's standby
        Assert.True(ThreePhaseModel.IsCapacitive(site.WaterHeater.Load.PTotal, site.WaterHeater.Load.QTotal));
    }

    [Fact]
    public void TheRightIrBicomSwitchesTheNonEssentialLoadsOnTheGridMeter()
    {
        var site = new Site(SummerNoon);
        Assert.Equal(ExceptionCode.None, site.Write(site.RightIr, 33, 200, 1));
        site.At(SummerNoon);
        double on = site.Grid.Load.PTotal;
        Assert.Equal(ExceptionCode.None, site.Write(site.RightIr, 33, 200, 0));
        site.At(SummerNoon);
        double expected = on - House.NonEssentialWatts;
        Assert.InRange(site.Grid.Load.PTotal, expected - 30, expected + 30); // the pump's own wobble
    }

    [Theory]
    [InlineData(HvacController.NormalMode)]
    [InlineData(HvacController.EcoMode)]
    public void TheHvacControllerAcceptsTheManualsModes(ushort mode)
    {
        var site = new Site(SummerNoon);
        Assert.Equal(ExceptionCode.None, site.Write(site.Rs485, 4, 3011, mode));
        Assert.Equal(mode, site.Rs485.Devices[4].Holding[3011]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(0xFFFF)]
    public void TheHvacControllerRefusesAnyOtherModeWithIllegalDataValue(ushort mode)
    {
        var site = new Site(SummerNoon);
        Assert.Equal(ExceptionCode.IllegalDataValue, site.Write(site.Rs485, 4, 3011, mode));
        Assert.Equal(HvacController.NormalMode, site.Rs485.Devices[4].Holding[3011]);
    }

    [Fact]
    public void EcoModeLowersTheHeatPumpsDraw()
    {
        var site = new Site(new DateTimeOffset(2026, 1, 15, 6, 0, 0, TimeSpan.Zero)); // a winter morning
        Span<double> p = stackalloc double[3], q = stackalloc double[3];
        site.Demo.House.HeatPump(site.Clock.Now, p, q);
        double normal = p[0] + p[1] + p[2];
        site.Write(site.Rs485, 4, 3011, HvacController.EcoMode);
        site.Demo.House.HeatPump(site.Clock.Now, p, q);
        Assert.InRange(p[0] + p[1] + p[2], 0.5 * normal, 0.7 * normal);
    }

    [Fact]
    public void NoTwoMetersServeTheSameMeasurementRegisters()
    {
        var site = new Site(SummerNoon);
        site.At(SummerNoon);
        IskraMeter[] meters = [site.Grid, site.Household, site.Pv, site.WaterHeater];
        var blocks = meters.Select(m => string.Join(',', m.Input.Skip(100).Take(91))).ToList();
        Assert.Equal(blocks.Count, blocks.Distinct().Count());
    }

    [Fact]
    public void TheSameSeedRepeatsARunAndAnotherSeedDoesNot()
    {
        double[] Day(int seed)
        {
            var site = new Site(SummerNoon, seed);
            return [.. Enumerable.Range(0, 24).Select(h =>
            {
                site.At(SummerNoon.AddHours(h));
                return site.Grid.Load.PTotal;
            })];
        }

        Assert.Equal(Day(7), Day(7));
        Assert.NotEqual(Day(7), Day(8));
    }

    [Fact]
    public void PowerFactorsAreInductiveAndCapacitiveOverADay()
    {
        var site = new Site(SummerNoon);
        var grid = new HashSet<bool>();
        var household = new HashSet<bool>();
        for (int minutes = 0; minutes < 24 * 60; minutes += 10)
        {
            site.At(SummerNoon.AddMinutes(minutes));
            grid.Add(ThreePhaseModel.IsCapacitive(site.Grid.Load.PTotal, site.Grid.Load.QTotal));
            household.Add(ThreePhaseModel.IsCapacitive(site.Household.Load.PTotal, site.Household.Load.QTotal));
        }
        Assert.Equal(2, grid.Count);
        Assert.Equal(2, household.Count);
    }

    [Fact]
    public void AnAcceleratedClockRunsItsScaleFasterThanRealTime()
    {
        var time = new ManualTime(SummerNoon);
        var clock = new SiteClock(time, timeScale: 60);
        time.Now = SummerNoon.AddSeconds(10);
        Assert.Equal(SummerNoon.AddMinutes(10), clock.Now);
    }
}
