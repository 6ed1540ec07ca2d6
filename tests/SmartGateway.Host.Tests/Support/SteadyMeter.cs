using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Tests.Support;

/// <summary>One meter in slot 0 drawing a steady 3 kW on a clock the test moves by hand, for the recorder
/// schedule tests (the simulator's meters run on the wall clock, which those tests cannot step).</summary>
public sealed class SteadyMeter(ManualTimeProvider time) : IDeviceDirectory, IMeasurementSource
{
    private const double Watts = 3000;
    private readonly DateTimeOffset _start = time.Now;

    public IReadOnlyList<DeviceSlot> Slots { get; } = Enumerable.Range(0, DeviceSlot.Count)
        .Select(n => n == 0
            ? new DeviceSlot(0, DeviceSlot.InterfaceName(0), 33, "IE38MD", "10006494", "", "", "1.00")
            : new DeviceSlot(n, DeviceSlot.InterfaceName(n), null, DeviceSlot.Disabled, "", "", "", ""))
        .ToList();

    public bool Complete => true;

    public void Describe(int slot, string? description, string? location) => throw new NotSupportedException();

    public DeviceMeasurements? Measurements(int slot) => null;

    /// <summary>False while the meter has not answered yet: it has no counters.</summary>
    public bool Answering { get; set; } = true;

    public DeviceCounters? Counters(int slot) => slot != 0 || !Answering ? null : new DeviceCounters(
        [new EnergyCounter("Counter 1", 1_000_000 + Watts * (time.Now - _start).TotalHours, "Wh", "import")], [], time.Now);

    public GatewayInputs GatewayInputs() => new(null, null);
}
