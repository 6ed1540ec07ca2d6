using System.Globalization;
using System.Text.Json.Nodes;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Mqtt.HomeAssistant;

/// <summary>One energy counter of a meter as Home Assistant sees it: <c>e1</c>, <c>e2</c> … non-resettable,
/// <c>er1</c> … resettable, in the meter's order (the REST API's counter lists).</summary>
public sealed record CounterShape(string Key, int Number, bool Resettable, string Unit, string Direction);

/// <summary>Which entities a meter has: phases, a temperature, counters. Known once the meter has been read.</summary>
public sealed record MeterShape(int Phases, bool Temperature, IReadOnlyList<CounterShape> Counters)
{
    public static MeterShape Of(DeviceMeasurements measurements, DeviceCounters? counters)
    {
        var shapes = new List<CounterShape>();
        if (counters != null)
        {
            for (int n = 0; n < counters.NonResettable.Count; n++) shapes.Add(Counter(counters.NonResettable[n], n + 1, false));
            for (int n = 0; n < counters.Resettable.Count; n++) shapes.Add(Counter(counters.Resettable[n], n + 1, true));
        }
        return new MeterShape(measurements.Phases.Count, measurements.Temperature != null, shapes);
    }

    /// <summary>A meter keeps every entity it ever showed: a counter or phase that is briefly unknown must not make its
    /// entity (and its history in Home Assistant) disappear.</summary>
    public MeterShape Union(MeterShape other)
    {
        if (other == this) return this;
        var counters = Counters.ToList();
        foreach (CounterShape counter in other.Counters)
            if (!counters.Any(c => c.Key == counter.Key)) counters.Add(counter);
        return new MeterShape(Math.Max(Phases, other.Phases), Temperature || other.Temperature, counters);
    }

    public override int GetHashCode() => HashCode.Combine(Phases, Temperature, Counters.Count);

    public bool Equals(MeterShape? other) =>
        other != null && Phases == other.Phases && Temperature == other.Temperature && Counters.SequenceEqual(other.Counters);

    private static CounterShape Counter(EnergyCounter counter, int number, bool resettable) =>
        new((resettable ? "er" : "e") + number.ToString(CultureInfo.InvariantCulture), number, resettable, counter.Unit, counter.Direction);
}

/// <summary>A meter as a Home Assistant device: power, reactive and apparent power, power factor, frequency, voltage,
/// current and power per phase (<c>measurement</c>), and its energy counters (<c>total_increasing</c>; a
/// bidirectional counter can fall, so it is <c>total</c>). Values in base units, as the REST API has them.</summary>
public static class MeterEntities
{
    private static readonly SensorSpec[] Totals =
    [
        new("p", "Power", "power", "W", "measurement", 0),
        new("q", "Reactive power", "reactive_power", "var", "measurement", 0),
        new("s", "Apparent power", "apparent_power", "VA", "measurement", 0),
        new("pf", "Power factor", "power_factor", null, "measurement", 3),
        new("f", "Frequency", "frequency", "Hz", "measurement", 2),
    ];

    private static readonly SensorSpec Temperature = new("t", "Temperature", "temperature", "°C", "measurement", 1, "diagnostic");

    public static HaDevice Build(HaEntityFactory factory, DeviceSlot slot, MeterShape? shape, DeviceMeasurements? measurements,
        DeviceCounters? counters, TimeSpan? heartbeat)
    {
        string key = HaEntityFactory.Key(slot);
        JsonObject state = State(measurements, counters);
        if (shape == null) return new HaDevice(key, state, [], Pending: true, heartbeat);
        JsonObject device = factory.DeviceOf(slot);
        string topic = factory.Topics.State(key);
        var specs = Specs(shape).ToList();
        // Every member an entity reads is there, null while unknown: Home Assistant shows it unknown instead of
        // logging a template warning for a missing member.
        foreach (SensorSpec? spec in specs.Where(spec => !state.ContainsKey(spec.Key))) state[spec.Key] = null;
        var entities = specs.Select(spec => factory.Sensor(key, HaEntityFactory.DeviceId(slot), device, topic, spec, deviceAvailability: true)).ToList();
        return new HaDevice(key, state, entities, Pending: false, heartbeat);
    }

    private static IEnumerable<SensorSpec> Specs(MeterShape shape)
    {
        foreach (SensorSpec spec in Totals) yield return spec;
        for (int n = 1; n <= shape.Phases; n++)
        {
            string l = n.ToString(CultureInfo.InvariantCulture);
            yield return new SensorSpec("u" + l, "Voltage L" + l, "voltage", "V", "measurement", 1);
            yield return new SensorSpec("i" + l, "Current L" + l, "current", "A", "measurement", 2);
            yield return new SensorSpec("p" + l, "Power L" + l, "power", "W", "measurement", 0);
        }
        if (shape.Temperature) yield return Temperature;
        foreach (CounterShape counter in shape.Counters)
        {
            string name = $"{(counter.Resettable ? "Resettable energy" : "Energy")} {counter.Number} {counter.Direction}";
            string? deviceClass = counter.Unit switch { "Wh" => "energy", "varh" => "reactive_energy", _ => null };
            string stateClass = counter.Direction == "bidirectional" ? "total" : "total_increasing";
            yield return new SensorSpec(counter.Key, name, deviceClass, counter.Unit, stateClass, 0);
        }
    }

    private static JsonObject State(DeviceMeasurements? m, DeviceCounters? counters)
    {
        var state = new JsonObject { ["availability"] = m != null ? "online" : "offline" };
        if (m == null) return state;
        state["p"] = Round(m.Total.ActivePower, 1);
        state["q"] = Round(m.Total.ReactivePower, 1);
        state["s"] = Round(m.Total.ApparentPower, 1);
        state["pf"] = Round(m.Total.PowerFactor.Value, 4);
        state["f"] = Round(m.Frequency, 3);
        for (int n = 0; n < m.Phases.Count; n++)
        {
            string l = (n + 1).ToString(CultureInfo.InvariantCulture);
            state["u" + l] = Round(m.Phases[n].Voltage, 2);
            state["i" + l] = Round(m.Phases[n].Current, 3);
            state["p" + l] = Round(m.Phases[n].ActivePower, 1);
        }
        if (m.Temperature is double temperature) state["t"] = Round(temperature, 2);
        if (counters != null)
        {
            for (int n = 0; n < counters.NonResettable.Count; n++) state["e" + (n + 1).ToString(CultureInfo.InvariantCulture)] = Round(counters.NonResettable[n].Value, 3);
            for (int n = 0; n < counters.Resettable.Count; n++) state["er" + (n + 1).ToString(CultureInfo.InvariantCulture)] = Round(counters.Resettable[n].Value, 3);
        }
        return state;
    }

    /// <summary>Rounded below what the meters resolve, so noise in the last float digits is not a change.</summary>
    private static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}
