using System.Text.Json.Nodes;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Mqtt.HomeAssistant;

/// <summary>A Bicom relay (right IR or RS485) as a Home Assistant device with one switch. Switching sends the §4.7
/// <c>bicom</c> command by serial number on the link's command topic — the path every other client uses — and the
/// state follows from what the relay reports on the next tick.</summary>
public static class BicomEntities
{
    public static HaDevice Build(HaEntityFactory factory, DeviceSlot slot, BicomState? relay, TimeSpan? heartbeat)
    {
        string key = HaEntityFactory.Key(slot);
        bool? on = relay?.On;
        var state = new JsonObject
        {
            ["availability"] = on != null ? "online" : "offline",
            ["state"] = on switch { true => "on", false => "off", null => null },
        };
        string topic = factory.Topics.State(key);
        var command = new JsonObject { ["cmd"] = "bicom", ["serial_number"] = slot.Serial };
        HaEntity relaySwitch = factory.Switch($"{key}_relay", $"{HaEntityFactory.DeviceId(slot)}_relay", "Relay", factory.DeviceOf(slot), topic,
            "state", command, deviceAvailability: true, deviceClass: "switch");
        return new HaDevice(key, state, [relaySwitch], Pending: false, heartbeat);
    }
}
