using System.Text.Json.Nodes;

namespace SmartGateway.Host.Mqtt.HomeAssistant;

/// <summary>
/// What one Home Assistant device (a meter, a Bicom, the gateway, the automations) publishes: its entities and one
/// compact JSON state that every entity reads with a <c>value_template</c>. <paramref name="Key"/> names its state
/// topic and starts every object id of its entities (<c>{Key}_…</c>).
/// </summary>
/// <param name="Pending">Present but not read yet, so its entities are not known: whatever configs it left on the
/// broker are kept rather than removed.</param>
/// <param name="Heartbeat">Also re-published unchanged this often (the device's push interval on the link); null = on change only.</param>
public sealed record HaDevice(string Key, JsonObject State, IReadOnlyList<HaEntity> Entities, bool Pending = false, TimeSpan? Heartbeat = null);
