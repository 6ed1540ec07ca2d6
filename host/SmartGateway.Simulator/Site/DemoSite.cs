using SmartGateway.Simulator.Devices;

namespace SmartGateway.Simulator.Site;

/// <summary>
/// The default simulated line-up, a house (<see cref="House"/>): on the left IR port the grid meter at its connection
/// (IE38MD: import positive, export negative at a sunny noon); on the right IR port the Bicom of the non-essential
/// loads; on RS485 the household circuits' meter (1, WM3M4C), the PV inverter's meter (2, WM3M4C, production positive),
/// the heat pump's HVAC controller (4, the manual's §4.5.6.1 example), the water heater's Bicom (32, BI432) and the
/// water heater's own meter (35, WM1 on L2). Every meter has its own waveform; the seed makes a run repeatable.
/// </summary>
public sealed class DemoSite(SiteClock clock, int seed = 1)
{
    public House House { get; } = new(clock, seed);

    public void PopulateLeftIr(SimulatedBus bus, byte unit)
    {
        bus.TimeScale = clock.TimeScale;
        bus.Add(unit, Meter("IE38MD", "10006494", House.Grid, "grid"));
    }

    public void PopulateRightIr(SimulatedBus bus, byte unit)
    {
        bus.TimeScale = clock.TimeScale;
        bus.Add(unit, House.NonEssentialRelay = Bicom("BI000001"));
    }

    public void PopulateRs485(SimulatedBus bus)
    {
        bus.TimeScale = clock.TimeScale;
        bus.Add(1, Meter("WM3M4C", "W4192432", House.Household, "household"));
        bus.Add(2, Meter("WM3M4C", "W4170632", House.Pv, "pv"));
        bus.Add(4, House.Hvac = new HvacController("HP000004"));
        bus.Add(32, House.WaterHeaterRelay = Bicom("BI001487"));
        bus.Add(35, Meter("WM1", "W1000035", House.WaterHeater, "water heater", 1));
    }

    private IskraMeter Meter(string model, string serial, SiteMeter.Load load, string name, params int[] phases) =>
        new(model, serial) { Driver = new SiteMeter(House, load, name, seed, phases) };

    private static BicomRelay Bicom(string serial) => (BicomRelay)SimulatedModels.Create("BI432", serial);
}
