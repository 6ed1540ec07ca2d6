using SmartGateway.Devices;
using SmartGateway.Simulator;
using SmartGateway.Simulator.Devices;

namespace SmartGateway.Modbus.Tests.Integration;

/// <summary>The default simulator line-up plus an MC740 at unit 40 and a WM1 at 6, frozen so reads can be compared with its truth.</summary>
internal static class SimulatorSetup
{
    public static SimulatedBus CreateFrozenBus()
    {
        var bus = SimulatedBus.CreateDefault();
        bus.Add(40, new IskraMeter("MC740", "MC024305"));
        bus.Add(6, new IskraMeter("WM1-6", "W1000006"));
        bus.Frozen = true;
        return bus;
    }

    /// <summary>One polled device per simulated unit, with the shipped map that serves its model.</summary>
    public static List<PolledDevice> PolledDevices(SimulatedBus bus) =>
        bus.Devices.OrderBy(d => d.Key)
            .Select(d => new PolledDevice("rs485." + d.Key, d.Key, ShippedMaps.Maps.Single(m => m.Serves(d.Value.Model))))
            .ToList();

    /// <summary>Every input of every device read and equal to the simulator's truth; every Bicom state read.</summary>
    public static void AssertAllInputsRead(SimulatedBus bus, DeviceReadings readings, List<PolledDevice> devices)
    {
        foreach (PolledDevice d in devices)
        {
            SimulatedDevice sim = bus.Devices[d.Unit];
            if (sim is IskraMeter meter) Expectations.AllInputsMatch(readings, d, meter);
            else
            {
                DeviceReading state = readings.Get(d.Interface + "." + PolledDevice.StatePath);
                Assert.True(state.Valid);
                Assert.Equal(((BicomRelay)sim).On ? 1_000_000 : 0, state.Value);
            }
        }
        Assert.Equal(new[] { "BI432", "IE38MD", "MC7x0", "WM1", "WM3M4C" }, devices.Select(d => d.Map.Model).Distinct().Order());
    }
}
