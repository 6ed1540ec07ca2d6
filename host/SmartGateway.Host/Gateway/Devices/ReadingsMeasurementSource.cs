using SmartGateway.Devices;
using SmartGateway.Runtime.Devices;

namespace SmartGateway.Host.Gateway.Devices;

/// <summary>
/// Measurements and counters of a slot straight from <see cref="DeviceReadings"/> (what the pollers last read),
/// so a REST answer never waits for a meter. A meter whose active power is Unknown (not read yet, or offline)
/// has no measurements; a counter that is Unknown is left out.
/// </summary>
public sealed class ReadingsMeasurementSource(PolledDeviceDirectory directory, DeviceReadings readings) : IMeasurementSource
{
    private const double Micro = 1_000_000.0;

    public DeviceMeasurements? Measurements(int slot)
    {
        if (Meter(slot) is not IdentifiedDevice device) return null;
        string at = device.Interface + ".";
        DeviceReading p = readings.Get(at + "P");
        if (!p.Valid) return null;
        var phases = new List<PhaseValues>();
        for (int n = 1; n <= 3; n++)
        {
            string l = ".L" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (device.Map!.IndexOf("U" + l) < 0) continue;
            phases.Add(new PhaseValues(Value(at + "U" + l), Value(at + "I" + l), Value(at + "P" + l), Value(at + "Q" + l),
                Value(at + "S" + l), Factor(at, "PF" + l, "P" + l, "Q" + l), Value(at + "angle" + l), Value(at + "thdU" + l), Value(at + "thdI" + l)));
        }
        var total = new TotalValues(p.Value / Micro, Value(at + "Q"), Value(at + "S"), Factor(at, "PF", "P", "Q"), Value(at + "angle"));
        double? temperature = device.Map!.IndexOf("temp") >= 0 ? Value(at + "temp") : null;
        return new DeviceMeasurements(phases, total, Value(at + "f"), temperature, new DateTimeOffset(p.UpdatedUtc, TimeSpan.Zero));
    }

    public DeviceCounters? Counters(int slot)
    {
        if (Meter(slot) is not IdentifiedDevice device) return null;
        var nonResettable = new List<EnergyCounter>();
        var resettable = new List<EnergyCounter>();
        DateTime readAt = DateTime.MinValue;
        foreach (Counter counter in device.Map!.Counters.OrderBy(c => c.Number))
        {
            DeviceReading r = readings.Get(device.Interface + ".counter." + counter.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (!r.Valid) continue;
            if (r.UpdatedUtc > readAt) readAt = r.UpdatedUtc;
            List<EnergyCounter> list = counter.Resettable ? resettable : nonResettable;
            string name = "Counter " + (list.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            list.Add(new EnergyCounter(name, r.Value / Micro, counter.Value.Unit, CounterDirection.Name(counter.Direction)));
        }
        if (nonResettable.Count == 0 && resettable.Count == 0) return null;
        return new DeviceCounters(nonResettable, resettable, new DateTimeOffset(readAt, TimeSpan.Zero));
    }

    public GatewayInputs GatewayInputs()
    {
        DeviceReading temperature = readings.Get(SimulatedGatewayInputs.Temperature);
        DeviceReading pulse = readings.Get(SimulatedGatewayInputs.Pulse);
        return new GatewayInputs(temperature.Valid ? temperature.Value / Micro : null, pulse.Valid ? pulse.Value / Micro : null);
    }

    private IdentifiedDevice? Meter(int slot) =>
        directory.DeviceIn(slot) is var (_, device) && device.Map != null && !device.IsBicom ? device : null;

    /// <summary>A value that is Unknown while the block's main value is not shows as 0 (the legacy strings have no "unknown").</summary>
    private double Value(string path)
    {
        DeviceReading r = readings.Get(path);
        return r.Valid ? r.Value / Micro : 0;
    }

    /// <summary>
    /// The maps decode a T7 power factor as |PF|, negative for export, and its inductive/capacitive flag as a companion
    /// reading (<see cref="PowerFactorFlag"/>); a power factor without the flag (float32) takes the quadrant of P and Q.
    /// </summary>
    private PowerFactor Factor(string at, string pf, string p, string q)
    {
        DeviceReading flag = readings.Get(at + pf + PowerFactorFlag.Suffix);
        bool capacitive = flag.Valid ? flag.Value != 0 : PowerFactor.IsCapacitiveQuadrant(Value(at + p), Value(at + q));
        return new PowerFactor(Value(at + pf), capacitive);
    }
}
