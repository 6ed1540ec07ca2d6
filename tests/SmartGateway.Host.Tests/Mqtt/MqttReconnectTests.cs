using System.Globalization;
using System.Text.Json.Nodes;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Mqtt;

/// <summary>A broker restart costs the gateway nothing but a reconnect (own broker: the restart would
/// disturb the other link tests).</summary>
public sealed class MqttReconnectTests : IDisposable
{
    private readonly MosquittoBroker _broker = new();

    public void Dispose() => _broker.Dispose();

    [Fact]
    public async Task TheLinkReconnectsAfterTheBrokerRestarts()
    {
        using var gateway = new GatewayFactory(new()
        {
            ["Gateway:Links:0:Mode"] = "mqtt",
            ["Gateway:Links:0:Server"] = "127.0.0.1",
            ["Gateway:Links:0:Port"] = _broker.PlainPort.ToString(CultureInfo.InvariantCulture),
            ["Gateway:Links:0:Username"] = MosquittoBroker.Username,
            ["Gateway:Links:0:Password"] = MosquittoBroker.Password,
            ["Gateway:Links:0:RootTopic"] = "phoenix",
        });
        await using (MqttTestClient before = await MqttTestClient.ConnectAsync(_broker, "phoenix/publish/connection"))
        {
            _ = gateway.Services;
            await before.WaitForAsync(m => m.Payload == "online");
        }

        _broker.Restart();

        await using MqttTestClient after = await MqttTestClient.ConnectAsync(_broker, "phoenix/publish/#");
        await after.WaitForAsync(m => m.Topic == "phoenix/publish/connection" && m.Payload == "online");
        JsonNode hello = await after.RequestAsync("phoenix/cmd", """{"data": {"cmd": "status"}}""", "phoenix/publish/status/hello");
        Assert.Equal("hello world", hello["hello"]!.GetValue<string>());
    }
}
