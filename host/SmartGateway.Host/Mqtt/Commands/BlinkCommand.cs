using System.Text.Json.Nodes;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Mqtt.Commands;

/// <summary>Blink the LED for about 30 s, as <c>GET /api/blink</c> does (Home Assistant's "identify" button);
/// the acknowledgement goes to the status topic.</summary>
public sealed class BlinkCommand(GatewayHealth health) : IMqttCommand
{
    public string Name => "blink";

    public Task<MqttReply> ExecuteAsync(JsonObject data, CancellationToken cancellationToken)
    {
        health.Blink();
        return Task.FromResult(new MqttReply(MqttTopics.Status, new JsonObject
        {
            ["cmd"] = Name, ["blinking"] = true, ["seconds"] = (int)GatewayHealth.BlinkDuration.TotalSeconds,
        }));
    }
}
