namespace SmartGateway.Host.Gateway.Devices;

/// <summary>
/// Test hook: holds a simulated meter at a given total active power (currents scaled, the model frozen so the
/// value is exact), or returns it to the built-in waveform. Only meters served by the simulated site.
/// </summary>
public sealed class SimulatedPower(DeviceStack stack, PolledDeviceDirectory directory)
{
    /// <summary>False when the slot holds no simulated meter.</summary>
    public bool Set(int slot, double? watts) =>
        directory.DeviceIn(slot) is var (line, device) && stack.Site is not null && stack.Site.HoldActivePower(line.Name, device.Unit, watts);
}
