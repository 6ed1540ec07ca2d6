namespace SmartGateway.Host.Gateway.Interim;

/// <summary>INTERIM: plausible, slowly varying readings computed from the time since start, so every
/// configured meter has measurements and counters that grow. Replace with the readings store of
/// `host/SmartGateway.Devices` (branch `modbus`) when wiring.</summary>
public sealed class SimulatedMeasurementSource(IDeviceDirectory directory, TimeProvider time) : IMeasurementSource
{
    private readonly DateTimeOffset _start = time.GetUtcNow();

    public DeviceMeasurements? Measurements(int slot)
    {
        if (Meter(slot) is not DeviceSlot device) return null;
        var now = time.GetUtcNow();
        var t = (now - _start).TotalSeconds;
        var phases = new PhaseValues[PhaseCount(device.Model)];
        double p = 0, q = 0, s = 0;
        for (var n = 0; n < phases.Length; n++)
        {
            var u = 230 + 2 * Math.Sin(t / 30 + n);
            var i = (3 + slot) * (1 + 0.3 * Math.Sin(t / 60 + n + slot));
            const double pf = 0.9;
            var angle = Math.Acos(pf);
            phases[n] = new PhaseValues(u, i, u * i * pf, u * i * Math.Sin(angle), u * i,
                new PowerFactor(pf, Capacitive: false), angle * 180 / Math.PI, 1.8 + 0.1 * n, 20 + n);
            p += phases[n].ActivePower;
            q += phases[n].ReactivePower;
            s += phases[n].ApparentPower;
        }
        var total = new TotalValues(p, q, s, new PowerFactor(p / s, Capacitive: false), Math.Atan2(q, p) * 180 / Math.PI);
        return new DeviceMeasurements(phases, total, 50 + 0.02 * Math.Sin(t / 10), 30.4, now);
    }

    public DeviceCounters? Counters(int slot)
    {
        if (Meter(slot) is not DeviceSlot device) return null;
        var now = time.GetUtcNow();
        var hours = (now - _start).TotalHours;
        var importWh = Math.Round(20_249_500 + 1_000 * (slot + 1) * 3 * hours);
        var reactiveWh = Math.Round(19_846_400 + 400 * (slot + 1) * hours);
        if (device.Model.StartsWith("WM3M4", StringComparison.Ordinal))
            return new DeviceCounters(
                [new("Counter 1", importWh, "Wh", "import"), new("Counter 2", 0, "Wh", "export")], [], now);
        EnergyCounter[] nonResettable =
        [
            new("Counter 1", importWh, "Wh", "import"), new("Counter 2", 0, "Wh", "export"),
            new("Counter 3", 700, "varh", "import"), new("Counter 4", reactiveWh, "varh", "export"),
        ];
        var resettable = new EnergyCounter[8];
        for (var n = 0; n < resettable.Length; n++)
            resettable[n] = nonResettable[n % 4] with { Name = $"Counter {n + 1}" };
        return new DeviceCounters(nonResettable, resettable, now);
    }

    public GatewayInputs GatewayInputs()
    {
        var hours = (time.GetUtcNow() - _start).TotalHours;
        return new GatewayInputs(21.5, Math.Round(1_000 + 500 * hours));
    }

    private DeviceSlot? Meter(int slot) =>
        slot >= 0 && slot < DeviceSlot.Count && directory.Slots[slot] is { IsMeter: true } device ? device : null;

    private static int PhaseCount(string model) =>
        model.StartsWith("IE14", StringComparison.Ordinal) || model.StartsWith("WM1", StringComparison.Ordinal) ? 1 : 3;
}
