using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SmartGateway.Host.Tests.Mqtt.HomeAssistant;

/// <summary>
/// Home Assistant's rules for an MQTT discovery config, as its source states them (home-assistant/core,
/// homeassistant/components/mqtt/): discovery.py (topic pattern, supported components), schemas.py (entity common
/// schema, device, origin, availability), config.py (MQTT_RO_SCHEMA: state_topic required; MQTT_RW_SCHEMA:
/// command_topic required), sensor.py (options only with enum and without unit or state class, last_reset only
/// with total), switch.py, binary_sensor.py, button.py; and homeassistant/components/sensor/const.py
/// (DEVICE_CLASS_UNITS, DEVICE_CLASS_STATE_CLASSES; since 2025.7 a unit outside the set is refused).
/// Discovery drops keys it does not know (vol.REMOVE_EXTRA), so a misspelt key would vanish without a word:
/// this checker refuses unknown keys instead. Abbreviated keys are not used by the gateway and count as unknown.
/// </summary>
public static partial class HomeAssistantSchema
{
    public static readonly IReadOnlySet<string> Components = new HashSet<string>
    {
        "alarm_control_panel", "binary_sensor", "button", "camera", "climate", "cover", "device_automation", "device_tracker", "event",
        "fan", "humidifier", "image", "lawn_mower", "light", "lock", "notify", "number", "scene", "siren", "select", "sensor", "switch",
        "tag", "text", "update", "vacuum", "valve", "water_heater",
    };

    private static readonly string[] Common =
    [
        "availability", "availability_mode", "availability_template", "availability_topic", "payload_available", "payload_not_available",
        "device", "origin", "enabled_by_default", "entity_category", "entity_picture", "icon", "json_attributes_topic",
        "json_attributes_template", "object_id", "default_entity_id", "unique_id", "qos", "encoding", "name",
    ];

    private static readonly Dictionary<string, (string[] Required, string[] Optional)> Platforms = new()
    {
        ["sensor"] = (["state_topic"], ["value_template", "device_class", "expire_after", "force_update", "last_reset_value_template",
            "options", "suggested_display_precision", "state_class", "unit_of_measurement"]),
        ["binary_sensor"] = (["state_topic"], ["value_template", "device_class", "expire_after", "force_update", "off_delay",
            "payload_on", "payload_off"]),
        ["switch"] = (["command_topic"], ["optimistic", "retain", "state_topic", "command_template", "payload_on", "payload_off",
            "state_on", "state_off", "value_template", "device_class"]),
        ["button"] = (["command_topic"], ["command_template", "device_class", "payload_press", "retain"]),
    };

    private static readonly string[] DeviceKeys =
    [
        "identifiers", "connections", "manufacturer", "model", "model_id", "name", "hw_version", "serial_number", "sw_version",
        "via_device", "suggested_area", "configuration_url",
    ];

    public static readonly IReadOnlySet<string> SensorDeviceClasses = new HashSet<string>
    {
        "date", "enum", "timestamp", "absolute_humidity", "apparent_power", "aqi", "area", "atmospheric_pressure", "battery",
        "blood_glucose_concentration", "carbon_monoxide", "carbon_dioxide", "conductivity", "current", "data_rate", "data_size", "distance",
        "duration", "energy", "energy_distance", "energy_storage", "frequency", "gas", "humidity", "illuminance", "irradiance", "moisture",
        "monetary", "nitrogen_dioxide", "nitrogen_monoxide", "nitrous_oxide", "ozone", "ph", "pm1", "pm10", "pm25", "pm4", "power_factor",
        "power", "precipitation", "precipitation_intensity", "pressure", "reactive_energy", "reactive_power", "signal_strength",
        "sound_pressure", "speed", "sulphur_dioxide", "temperature", "temperature_delta", "volatile_organic_compounds",
        "volatile_organic_compounds_parts", "voltage", "volume", "volume_storage", "volume_flow_rate", "water", "weight",
        "wind_direction", "wind_speed",
    };

    private static readonly string[] Measurement = ["measurement"];
    private static readonly string[] Totals = ["total", "total_increasing"];
    private static readonly string[] AllStateClasses = ["measurement", "measurement_angle", "total", "total_increasing"];

    /// <summary>DEVICE_CLASS_UNITS and DEVICE_CLASS_STATE_CLASSES for the device classes a gateway may use; null in a unit set
    /// means "no unit". A device class outside this table is reported, so using a new one means checking it here first.</summary>
    private static readonly Dictionary<string, (string?[] Units, string[] StateClasses)> SensorClasses = new()
    {
        ["apparent_power"] = (["mVA", "VA", "kVA"], Measurement),
        ["reactive_power"] = (["mvar", "var", "kvar"], Measurement),
        ["power"] = (["mW", "W", "kW", "MW", "GW", "TW", "BTU/h"], Measurement),
        ["voltage"] = (["μV", "mV", "V", "kV", "MV"], Measurement),
        ["current"] = (["mA", "A"], Measurement),
        ["frequency"] = (["Hz", "kHz", "MHz", "GHz"], Measurement),
        ["power_factor"] = (["%", null], Measurement),
        ["energy"] = (["J", "kJ", "MJ", "GJ", "mWh", "Wh", "kWh", "MWh", "GWh", "TWh", "cal", "kcal", "Mcal", "Gcal"], Totals),
        ["reactive_energy"] = (["varh", "kvarh"], Totals),
        ["temperature"] = (["°C", "°F", "K"], Measurement),
        ["duration"] = (["d", "h", "min", "s", "ms", "μs"], AllStateClasses),
        ["timestamp"] = ([null], []),
        ["date"] = ([null], []),
        ["enum"] = ([null], []),
    };

    private static readonly Dictionary<string, string[]> EntityDeviceClasses = new()
    {
        ["switch"] = ["outlet", "switch"],
        ["button"] = ["identify", "restart", "update"],
        ["binary_sensor"] =
        [
            "battery", "battery_charging", "carbon_monoxide", "cold", "connectivity", "door", "garage_door", "gas", "heat", "light",
            "lock", "moisture", "motion", "moving", "occupancy", "opening", "plug", "power", "presence", "problem", "running", "safety",
            "smoke", "sound", "tamper", "update", "vibration", "window",
        ],
    };

    /// <summary>Everything wrong with one retained config; empty when Home Assistant would set the entity up.</summary>
    public static IReadOnlyList<string> Check(string prefix, string topic, JsonObject config)
    {
        var errors = new List<string>();
        if (!topic.StartsWith(prefix + "/", StringComparison.Ordinal)) return [$"{topic}: not under the discovery prefix {prefix}"];
        Match match = TopicMatcher().Match(topic[(prefix.Length + 1)..]);
        if (!match.Success) return [$"{topic}: not a discovery topic ({{component}}/[{{node_id}}/]{{object_id}}/config, ids [a-zA-Z0-9_-])"];
        string component = match.Groups["component"].Value;
        if (!Components.Contains(component)) return [$"{topic}: {component} is not a component Home Assistant discovers"];
        if (!Platforms.TryGetValue(component, out (string[] Required, string[] Optional) platform)) return [$"{topic}: {component} is not checked here"];

        var known = new HashSet<string>(Common.Concat(platform.Required).Concat(platform.Optional));
        foreach (string? key in config.Select(p => p.Key).Where(k => !known.Contains(k))) errors.Add($"unknown key \"{key}\"");
        foreach (string? key in platform.Required.Where(k => config[k] is null)) errors.Add($"required key \"{key}\" is missing");
        foreach (string? key in config.Select(p => p.Key).Where(k => k.EndsWith("_topic", StringComparison.Ordinal)))
            CheckTopic(errors, key, config[key], publish: key == "command_topic");
        foreach (string? key in new[] { "value_template", "command_template", "availability_template", "json_attributes_template" })
            if (config[key] is JsonNode template) CheckTemplate(errors, key, template);
        CheckString(errors, config, "unique_id");
        if (config["name"] is JsonNode name && name.GetValueKind() is not (JsonValueKind.String or JsonValueKind.Null))
            errors.Add("\"name\" must be a string or null");
        if (config["entity_category"] is JsonNode category && category.GetValue<string>() is not ("config" or "diagnostic"))
            errors.Add($"entity_category {category} must be config or diagnostic");
        if (component == "sensor" && config["entity_category"]?.GetValue<string>() == "config")
            errors.Add("a sensor cannot be a config entity");
        CheckAvailability(errors, config);
        CheckDevice(errors, config["device"]);
        CheckOrigin(errors, config["origin"]);
        if (component == "sensor") CheckSensor(errors, config);
        else if (config["device_class"] is JsonNode deviceClass && !EntityDeviceClasses[component].Contains(deviceClass.GetValue<string>()))
            errors.Add($"{deviceClass} is not a {component} device class");
        return errors.Select(e => $"{topic}: {e}").ToList();
    }

    private static void CheckSensor(List<string> errors, JsonObject config)
    {
        string? deviceClass = config["device_class"]?.GetValue<string>();
        string? unit = config["unit_of_measurement"]?.GetValue<string>();
        string? stateClass = config["state_class"]?.GetValue<string>();
        if (stateClass != null && !AllStateClasses.Contains(stateClass)) errors.Add($"state_class {stateClass} does not exist");
        if (config["last_reset_value_template"] != null && stateClass != "total") errors.Add("last_reset_value_template needs state_class total");
        if (config["options"] is JsonNode options)
        {
            if (options is not JsonArray list || list.Count == 0 || list.Any(o => o?.GetValueKind() != JsonValueKind.String))
                errors.Add("options must be a non-empty list of strings");
            if (stateClass != null || unit != null) errors.Add("options cannot go with a state_class or a unit");
            if (deviceClass != "enum") errors.Add("options need device_class enum");
        }
        if (deviceClass == null) return;
        if (!SensorDeviceClasses.Contains(deviceClass))
        {
            errors.Add($"{deviceClass} is not a sensor device class");
            return;
        }
        if (!SensorClasses.TryGetValue(deviceClass, out (string?[] Units, string[] StateClasses) rules))
        {
            errors.Add($"device class {deviceClass} is not covered by this checker");
            return;
        }
        if (!rules.Units.Contains(unit)) errors.Add($"unit {unit ?? "(none)"} is not valid with device class {deviceClass}");
        if (stateClass != null && !rules.StateClasses.Contains(stateClass))
            errors.Add($"state_class {stateClass} is impossible with device class {deviceClass}");
    }

    private static void CheckAvailability(List<string> errors, JsonObject config)
    {
        if (config["availability"] != null && config["availability_topic"] != null) errors.Add("availability and availability_topic exclude each other");
        if (config["availability_mode"] is JsonNode mode && mode.GetValue<string>() is not ("all" or "any" or "latest"))
            errors.Add($"availability_mode {mode} must be all, any or latest");
        if (config["availability"] is not JsonNode list) return;
        foreach (JsonNode? entry in list as JsonArray ?? [list])
        {
            if (entry is not JsonObject availability || availability["topic"] is null)
            {
                errors.Add("every availability entry needs a topic");
                continue;
            }
            foreach (string? key in availability.Select(p => p.Key))
                if (key is not ("topic" or "payload_available" or "payload_not_available" or "value_template"))
                    errors.Add($"unknown availability key \"{key}\"");
            CheckTopic(errors, "availability.topic", availability["topic"], publish: false);
            if (availability["value_template"] is JsonNode template) CheckTemplate(errors, "availability.value_template", template);
        }
    }

    private static void CheckDevice(List<string> errors, JsonNode? node)
    {
        if (node is null) return;
        if (node is not JsonObject device)
        {
            errors.Add("device must be an object");
            return;
        }
        foreach (string? key in device.Select(p => p.Key).Where(k => !DeviceKeys.Contains(k))) errors.Add($"unknown device key \"{key}\"");
        if (device["identifiers"] is not JsonArray { Count: > 0 } && device["connections"] is not JsonArray { Count: > 0 })
            errors.Add("a device needs at least one identifier or connection");
        if (device["identifiers"] is JsonArray identifiers && identifiers.Any(i => i?.GetValueKind() != JsonValueKind.String))
            errors.Add("device identifiers must be strings");
        foreach (string? key in DeviceKeys.Where(k => k is not ("identifiers" or "connections")))
            CheckString(errors, device, key, "device.");
    }

    private static void CheckOrigin(List<string> errors, JsonNode? node)
    {
        if (node is null) return;
        if (node is not JsonObject origin || origin["name"] is null) errors.Add("origin needs a name");
        else foreach (string? key in origin.Select(p => p.Key).Where(k => k is not ("name" or "sw_version" or "support_url")))
            errors.Add($"unknown origin key \"{key}\"");
    }

    /// <summary>valid_subscribe_topic / valid_publish_topic: a non-empty UTF-8 string without NUL; no wildcards to publish to.</summary>
    private static void CheckTopic(List<string> errors, string key, JsonNode? topic, bool publish)
    {
        if (topic?.GetValueKind() != JsonValueKind.String || topic.GetValue<string>().Length == 0)
        {
            errors.Add($"{key} must be a non-empty string");
            return;
        }
        string text = topic.GetValue<string>();
        if (text.Contains('\0', StringComparison.Ordinal)) errors.Add($"{key} contains NUL");
        if (publish && text.IndexOfAny(['+', '#']) >= 0) errors.Add($"{key} must not contain wildcards");
    }

    /// <summary>Templates must be of the kinds <see cref="HaTemplate"/> renders.</summary>
    private static void CheckTemplate(List<string> errors, string key, JsonNode template)
    {
        try
        {
            HaTemplate.Render(template.GetValue<string>(), "on", new JsonObject());
        }
        catch (Exception exception) when (exception is FormatException or InvalidOperationException)
        {
            errors.Add($"{key}: {exception.Message}");
        }
    }

    private static void CheckString(List<string> errors, JsonObject node, string key, string path = "")
    {
        if (node[key] is JsonNode value && value.GetValueKind() != JsonValueKind.String) errors.Add($"{path}{key} must be a string");
    }

    /// <summary>discovery.py's TOPIC_MATCHER.</summary>
    [GeneratedRegex(@"^(?<component>\w+)/(?:(?<node>[a-zA-Z0-9_-]+)/)?(?<object>[a-zA-Z0-9_-]+)/config$")]
    private static partial Regex TopicMatcher();
}
