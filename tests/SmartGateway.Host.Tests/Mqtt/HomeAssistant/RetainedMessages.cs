using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using MQTTnet;
using MQTTnet.Protocol;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Mqtt.HomeAssistant;

/// <summary>What a broker holds retained under some filters, read the way Home Assistant meets it when it connects:
/// a fresh client subscribes, then sends itself a marker, which arrives after every retained message.</summary>
public static class RetainedMessages
{
    /// <summary>Leaves retained messages on the broker, as an earlier run or another program would have.</summary>
    public static async Task PublishAsync(MosquittoBroker broker, params (string Topic, string Payload)[] messages)
    {
        using IMqttClient client = await ConnectAsync(broker);
        foreach ((string? topic, string? payload) in messages)
            await client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload).WithRetainFlag()
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        await client.TryDisconnectAsync();
    }

    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(MosquittoBroker broker, params string[] filters)
    {
        using IMqttClient client = await ConnectAsync(broker);
        var arrived = Channel.CreateUnbounded<(string Topic, string Payload, bool Retain)>();
        client.ApplicationMessageReceivedAsync += e =>
        {
            arrived.Writer.TryWrite((e.ApplicationMessage.Topic, Encoding.UTF8.GetString(e.ApplicationMessage.Payload.ToArray()), e.ApplicationMessage.Retain));
            return Task.CompletedTask;
        };
        string marker = "test/marker/" + Guid.NewGuid().ToString("N");
        var subscribe = new MqttClientSubscribeOptionsBuilder();
        foreach (string filter in filters) subscribe.WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce);
        await client.SubscribeAsync(subscribe.WithTopicFilter(marker, MqttQualityOfServiceLevel.AtLeastOnce).Build());
        await client.PublishStringAsync(marker, "end", MqttQualityOfServiceLevel.AtLeastOnce);
        var retained = new Dictionary<string, string>(StringComparer.Ordinal);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await arrived.Reader.ReadAsync(timeout.Token) is var (topic, payload, retain) && topic != marker)
            if (retain) retained[topic] = payload;
        await client.TryDisconnectAsync();
        return retained;
    }

    private static async Task<IMqttClient> ConnectAsync(MosquittoBroker broker)
    {
        IMqttClient client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", broker.PlainPort)
            .WithCredentials(MosquittoBroker.Username, MosquittoBroker.Password).WithClientId("retained-" + Guid.NewGuid().ToString("N")).Build());
        return client;
    }

    /// <summary>The retained discovery configs (empty payloads are deletions and are not retained).</summary>
    public static async Task<IReadOnlyDictionary<string, JsonObject>> ConfigsAsync(MosquittoBroker broker, string prefix = "homeassistant") =>
        (await ReadAsync(broker, prefix + "/#")).Where(m => m.Key.EndsWith("/config", StringComparison.Ordinal))
            .ToDictionary(m => m.Key, m => JsonNode.Parse(m.Value)!.AsObject());
}
