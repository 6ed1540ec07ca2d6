using System.Text.Json.Nodes;
using SmartGateway.Host.Configuration;

namespace SmartGateway.Host.Mqtt.Commands;

/// <summary>§4.7.1: the "hello world" message with device details (also sent on every connect).</summary>
public sealed class StatusCommand(GatewayIdentity identity) : IMqttCommand
{
    public string Name => "status";

    public Task<MqttReply> ExecuteAsync(JsonObject data, CancellationToken cancellationToken) => Task.FromResult(Hello());

    public MqttReply Hello() => new(MqttTopics.Hello, new JsonObject
    {
        ["hello"] = "hello world",
        ["serial number"] = identity.SerialNumber,
        ["model_type"] = identity.ModelType,
        ["sw_ver"] = identity.SwVer,
        ["hw_ver"] = identity.HwVer,
    });
}
