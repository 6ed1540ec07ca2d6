using System.Text.Json.Nodes;

namespace SmartGateway.Host.Mqtt.HomeAssistant;

/// <summary>
/// Every automation as two entities of the gateway's device: a switch (enabled / disabled — the §4.7-style
/// <c>automation</c> command, which edits the stored source exactly as <c>POST /api/automations/{index}/enabled</c>
/// does) and a binary sensor with its current result (the live preview's effective result, min on/off holds
/// included; unknown while its inputs are Unknown or it is disabled). One state document holds them all.
/// </summary>
public static class AutomationEntities
{
    public const string Key = "automations";

    /// <param name="preview">The rule engine's live preview (<c>GET /api/automations/preview</c>).</param>
    public static HaDevice Build(HaEntityFactory factory, JsonObject gatewayDevice, JsonObject preview)
    {
        JsonArray automations = preview["automations"] as JsonArray ?? [];
        var names = automations.Select(a => a?["name"]?.GetValue<string>() ?? "").ToList();
        string[] ids = AutomationIds.Assign(names);
        bool running = preview["running"]?.GetValue<bool>() == true;
        var state = new JsonObject { ["availability"] = running ? "online" : "offline" };
        string topic = factory.Topics.State(Key);
        var entities = new List<HaEntity>();
        for (int n = 0; n < ids.Length; n++)
        {
            JsonNode automation = automations[n]!;
            string id = ids[n];
            state[id + "_enabled"] = automation["enabled"]?.GetValue<bool>() == true ? "on" : "off";
            state[id + "_result"] = automation["effective"]?.GetValue<string>() switch { "true" => "on", "false" => "off", _ => null };
            string objectId = $"{Key}_{id}";
            string uniqueId = $"{factory.GatewayId}_automation_{id}";
            entities.Add(factory.Switch(objectId + "_enabled", uniqueId + "_enabled", names[n], gatewayDevice, topic, id + "_enabled",
                new JsonObject { ["cmd"] = "automation", ["id"] = id }, deviceAvailability: true));
            entities.Add(factory.BinarySensor(objectId + "_result", uniqueId + "_result", names[n] + " result", gatewayDevice, topic,
                id + "_result", deviceAvailability: true));
        }
        return new HaDevice(Key, state, entities);
    }
}
