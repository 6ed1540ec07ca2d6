using System.Text.Json.Nodes;

namespace SmartGateway.Host.Mqtt.HomeAssistant;

/// <summary>One Home Assistant entity: its platform ("sensor", "switch", "binary_sensor", "button"), the object id
/// of its config topic and the discovery config itself.</summary>
public sealed record HaEntity(string Component, string ObjectId, JsonObject Config);
