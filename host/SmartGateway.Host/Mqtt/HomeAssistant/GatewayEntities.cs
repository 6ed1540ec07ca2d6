using System.Globalization;
using System.Text.Json.Nodes;
using SmartGateway.Host.Gateway;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Host.Mqtt.HomeAssistant;

/// <summary>What the gateway itself shows, read once per tick.</summary>
/// <param name="Tariffs">The calendar's tariff names by number (1-based); empty without a calendar.</param>
/// <param name="TemperatureInput">The PT1000 input is enabled (features.temperature_input); its value may still be unknown.</param>
/// <param name="PulseCounter">The pulse input is enabled (features.pulse_counter).</param>
public sealed record GatewayView(
    int? ActiveTariff, IReadOnlyDictionary<int, string> Tariffs, bool TemperatureInput, double? Temperature, bool PulseCounter,
    double? PulseEnergy, DateTimeOffset Started, ErrorFlags Flags);

/// <summary>
/// The gateway as a Home Assistant device: the active tariff (an <c>enum</c> sensor whose options are the calendar's
/// tariff names), the PT1000 temperature and the pulse-counter energy when those inputs are enabled, uptime (a
/// <c>timestamp</c> of the start, as Home Assistant's own integrations show uptime, so it is not a new state every
/// second), the error flags and a problem sensor, and an "identify" button that blinks the LED (§4.7-style
/// <c>blink</c> command, like <c>GET /api/blink</c>).
/// </summary>
public static class GatewayEntities
{
    public const string Key = "gateway";

    public static HaDevice Build(HaEntityFactory factory, JsonObject device, GatewayView view)
    {
        string topic = factory.Topics.State(Key);
        string unique = factory.GatewayId;
        IReadOnlyDictionary<int, string> names = TariffNames(view.Tariffs);
        var state = new JsonObject
        {
            ["tariff"] = view.ActiveTariff is int active ? names.GetValueOrDefault(active, Number(active)) : null,
            ["uptime"] = view.Started.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture),
            ["error_flags"] = $"0x{(int)view.Flags:X8}",
            ["problem"] = view.Flags == ErrorFlags.None ? "off" : "on",
        };
        SensorSpec tariff = names.Count > 0
            ? new SensorSpec("tariff", "Active tariff", "enum")
            : new SensorSpec("tariff", "Active tariff");
        var entities = new List<HaEntity> { Sensor(factory, device, topic, tariff) };
        if (names.Count > 0) entities[0].Config["options"] = new JsonArray(names.Values.Distinct().Select(n => (JsonNode)n).ToArray());
        if (view.TemperatureInput)
        {
            state["temperature"] = view.Temperature is double temperature ? Math.Round(temperature, 2) : null;
            entities.Add(Sensor(factory, device, topic, new SensorSpec("temperature", "Temperature", "temperature", "°C", "measurement", 1)));
        }
        if (view.PulseCounter)
        {
            state["pulse_energy"] = view.PulseEnergy is double pulse ? Math.Round(pulse, 3) : null;
            entities.Add(Sensor(factory, device, topic, new SensorSpec("pulse_energy", "Pulse energy", "energy", "Wh", "total_increasing", 0)));
        }
        entities.Add(Sensor(factory, device, topic, new SensorSpec("uptime", "Uptime", "timestamp", Category: "diagnostic")));
        entities.Add(Sensor(factory, device, topic, new SensorSpec("error_flags", "Error flags", Category: "diagnostic")));
        entities.Add(factory.BinarySensor($"{Key}_problem", $"{unique}_problem", "Problem", device, topic, "problem",
            deviceAvailability: false, deviceClass: "problem", category: "diagnostic"));
        entities.Add(factory.Button($"{Key}_identify", $"{unique}_identify", "Identify", device, new JsonObject { ["cmd"] = "blink" }, "identify"));
        return new HaDevice(Key, state, entities);
    }

    /// <summary>The calendar's names; a tariff without one is called "Tariff N". Options must be distinct strings.</summary>
    public static IReadOnlyDictionary<int, string> TariffNames(IReadOnlyDictionary<int, string> tariffs)
    {
        var names = new SortedDictionary<int, string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach ((int number, string? name) in tariffs.OrderBy(t => t.Key))
        {
            string text = name.Trim().Length > 0 ? name.Trim() : Number(number);
            names[number] = used.Add(text) ? text : $"{text} ({number})";
            used.Add(names[number]);
        }
        return names;
    }

    /// <summary>The tariffs a calendar defines, by number.</summary>
    public static IReadOnlyDictionary<int, string> FromCalendar(TariffCalendar? calendar)
    {
        var tariffs = new Dictionary<int, string>();
        if (calendar == null) return tariffs;
        for (int id = 1; id <= TariffImageFormat.MaxTariffs; id++)
            if (calendar.HasTariff(id)) tariffs[id] = calendar.TariffName(id);
        return tariffs;
    }

    private static string Number(int tariff) => "Tariff " + tariff.ToString(CultureInfo.InvariantCulture);

    private static HaEntity Sensor(HaEntityFactory factory, JsonObject device, string topic, SensorSpec spec) =>
        factory.Sensor(Key, factory.GatewayId, device, topic, spec, deviceAvailability: false);
}
