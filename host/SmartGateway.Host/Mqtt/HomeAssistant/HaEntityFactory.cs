using System.Text.Json.Nodes;
using SmartGateway.Host.Configuration;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Mqtt.HomeAssistant;

/// <summary>One sensor of a device: where its value sits in the device's state JSON and how Home Assistant shows it.
/// Device classes, units and state classes are the ones Home Assistant's sensor platform accepts together
/// (homeassistant/components/sensor/const.py, DEVICE_CLASS_UNITS and DEVICE_CLASS_STATE_CLASSES).</summary>
public sealed record SensorSpec(
    string Key, string Name, string? DeviceClass = null, string? Unit = null, string? StateClass = null, int? Precision = null,
    string? Category = null);

/// <summary>
/// The parts every discovery config shares — device block, availability, origin — and the entity kinds the gateway
/// publishes. Full key names rather than Home Assistant's abbreviations: the configs are retained once and read by
/// people debugging their broker. Unique ids are <c>sg_</c> + a serial number (the meter's, the Bicom's, the
/// gateway's) + the entity, so they survive restarts, re-addressing and a move to another slot.
/// </summary>
public sealed class HaEntityFactory(HaTopics topics, GatewayIdentity identity)
{
    public const string Manufacturer = "Iskra";

    public HaTopics Topics => topics;

    public string GatewayId => "sg_" + topics.Node;

    public JsonObject GatewayDevice(string description) => Device(GatewayId,
        description.Length > 0 ? description : $"SmartGateway {identity.SerialNumber}", "SmartGateway", identity.ModelType,
        identity.SerialNumber, identity.SwVer, identity.HwVer, via: null, area: null);

    public JsonObject DeviceOf(DeviceSlot slot) => Device(DeviceId(slot),
        slot.Description.Length > 0 ? slot.Description : $"{slot.Model} {slot.Serial}", Manufacturer, slot.Model, slot.Serial,
        slot.SwVer, hw: null, via: GatewayId, area: slot.Location.Length > 0 ? slot.Location : null);

    /// <summary>The device's key: its serial as an id (the slot when it has none), prefix of its object ids.</summary>
    public static string Key(DeviceSlot slot) => slot.Serial.Trim().Length > 0 ? HaTopics.Id(slot.Serial) : $"slot{slot.Slot}";

    public static string DeviceId(DeviceSlot slot) => "sg_" + Key(slot);

    /// <summary>Entities are available while the link is (its last will says "offline") and, when the device's state
    /// has an "availability" member, while the device answers.</summary>
    public JsonObject Base(string uniqueId, string? name, JsonObject device, string? stateTopic)
    {
        var availability = new JsonArray { new JsonObject { ["topic"] = topics.Availability } };
        if (stateTopic != null)
            availability.Add(new JsonObject { ["topic"] = stateTopic, ["value_template"] = Template("availability") });
        return new JsonObject
        {
            ["unique_id"] = uniqueId,
            ["name"] = name,
            ["device"] = device.DeepClone(),
            ["origin"] = new JsonObject { ["name"] = "SmartGateway", ["sw_version"] = identity.SwVer },
            ["availability"] = availability,
            ["availability_mode"] = "all",
            ["payload_available"] = "online",
            ["payload_not_available"] = "offline",
        };
    }

    public HaEntity Sensor(string deviceKey, string uniquePrefix, JsonObject device, string stateTopic, SensorSpec spec, bool deviceAvailability)
    {
        JsonObject config = Base($"{uniquePrefix}_{spec.Key}", spec.Name, device, deviceAvailability ? stateTopic : null);
        config["state_topic"] = stateTopic;
        config["value_template"] = Template(spec.Key);
        if (spec.DeviceClass != null) config["device_class"] = spec.DeviceClass;
        if (spec.Unit != null) config["unit_of_measurement"] = spec.Unit;
        if (spec.StateClass != null) config["state_class"] = spec.StateClass;
        if (spec.Precision is int precision) config["suggested_display_precision"] = precision;
        if (spec.Category != null) config["entity_category"] = spec.Category;
        return new HaEntity("sensor", $"{deviceKey}_{spec.Key}", config);
    }

    /// <summary>A switch whose commands are §4.7 commands on the link's command topic: <paramref name="command"/> is the
    /// command's JSON with <c>"val": "on"|"off"</c> filled in by Home Assistant's <c>command_template</c>.</summary>
    public HaEntity Switch(string objectId, string uniqueId, string? name, JsonObject device, string stateTopic, string stateKey,
        JsonObject command, bool deviceAvailability, string? deviceClass = null)
    {
        JsonObject config = Base(uniqueId, name, device, deviceAvailability ? stateTopic : null);
        config["command_topic"] = topics.Commands;
        command["val"] = "{{ value }}";
        config["command_template"] = new JsonObject { ["data"] = command }.ToJsonString();
        config["payload_on"] = "on";
        config["payload_off"] = "off";
        config["state_topic"] = stateTopic;
        config["value_template"] = Template(stateKey);
        if (deviceClass != null) config["device_class"] = deviceClass;
        return new HaEntity("switch", objectId, config);
    }

    public HaEntity BinarySensor(string objectId, string uniqueId, string name, JsonObject device, string stateTopic, string stateKey,
        bool deviceAvailability, string? deviceClass = null, string? category = null)
    {
        JsonObject config = Base(uniqueId, name, device, deviceAvailability ? stateTopic : null);
        config["state_topic"] = stateTopic;
        config["value_template"] = Template(stateKey);
        config["payload_on"] = "on";
        config["payload_off"] = "off";
        if (deviceClass != null) config["device_class"] = deviceClass;
        if (category != null) config["entity_category"] = category;
        return new HaEntity("binary_sensor", objectId, config);
    }

    public HaEntity Button(string objectId, string uniqueId, string name, JsonObject device, JsonObject command, string deviceClass)
    {
        JsonObject config = Base(uniqueId, name, device, null);
        config["command_topic"] = topics.Commands;
        config["command_template"] = new JsonObject { ["data"] = command }.ToJsonString();
        config["device_class"] = deviceClass;
        return new HaEntity("button", objectId, config);
    }

    /// <summary>Reads one member of the state JSON; a null member renders "None", which Home Assistant shows as unknown.</summary>
    public static string Template(string key) => "{{ value_json." + key + " }}";

    private static JsonObject Device(string id, string name, string manufacturer, string model, string serial, string sw, string? hw,
        string? via, string? area)
    {
        var device = new JsonObject
        {
            ["identifiers"] = new JsonArray(id),
            ["name"] = name,
            ["manufacturer"] = manufacturer,
            ["model"] = model,
            ["serial_number"] = serial,
            ["sw_version"] = sw,
        };
        if (hw != null) device["hw_version"] = hw;
        if (via != null) device["via_device"] = via;
        if (area != null) device["suggested_area"] = area;
        return device;
    }
}
