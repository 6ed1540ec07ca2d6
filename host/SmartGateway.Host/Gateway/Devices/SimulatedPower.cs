using SmartGateway.Simulator.Devices;

namespace SmartGateway.Host.Gateway.Devices;

/// <summary>
/// Test hook: holds a simulated meter at a given total active power (currents scaled, the model frozen so the
/// value is exact), or returns it to the built-in waveform. Only meters served by the built-in simulator.
/// </summary>
public sealed class SimulatedPower(DeviceStack stack, PolledDeviceDirectory directory)
{
    /// <summary>False when the slot holds no simulated meter.</summary>
    public bool Set(int slot, double? watts)
    {
        if (directory.DeviceIn(slot) is not var (line, device)) return false;
        var bus = stack.Simulator(line.Name);
        if (bus is null || !bus.Devices.TryGetValue(device.Unit, out var simulated) || simulated is not IskraMeter meter) return false;
        lock (meter.Input)
        {
            meter.Load.LoadFactor = 1;
            meter.Advance(0);
            if (watts is double target && meter.Load.PTotal != 0)
            {
                // P is proportional to the load factor (negative exports), so one step lands on the target.
                meter.Load.LoadFactor = target / meter.Load.PTotal;
                meter.Advance(0);
            }
        }
        bus.Frozen = watts is not null;
        return true;
    }
}
