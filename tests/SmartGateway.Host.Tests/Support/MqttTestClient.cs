using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using MQTTnet;
using MQTTnet.Protocol;

namespace SmartGateway.Host.Tests.Support;

/// <summary>A broker client playing the user's side: sends commands and waits for the gateway's replies.</summary>
public sealed class MqttTestClient : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly IMqttClient _client;
    private readonly List<(string Topic, string Payload, bool Retain)> _seen = [];
    private readonly Channel<bool> _arrived = Channel.CreateUnbounded<bool>();

    private MqttTestClient(IMqttClient client)
    {
        _client = client;
        _client.ApplicationMessageReceivedAsync += e =>
        {
            lock (_seen) _seen.Add((e.ApplicationMessage.Topic, Encoding.UTF8.GetString(e.ApplicationMessage.Payload.ToArray()), e.ApplicationMessage.Retain));
            _arrived.Writer.TryWrite(true);
            return Task.CompletedTask;
        };
    }

    public static async Task<MqttTestClient> ConnectAsync(MosquittoBroker broker, params string[] subscriptions)
    {
        var client = new MqttTestClient(new MqttClientFactory().CreateMqttClient());
        await client._client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", broker.PlainPort)
            .WithCredentials(MosquittoBroker.Username, MosquittoBroker.Password)
            .WithClientId("test-" + Guid.NewGuid().ToString("N"))
            .Build());
        foreach (string topic in subscriptions)
            await client._client.SubscribeAsync(topic, MqttQualityOfServiceLevel.AtLeastOnce);
        return client;
    }

    public Task PublishAsync(string topic, string payload) =>
        _client.PublishStringAsync(topic, payload, MqttQualityOfServiceLevel.AtLeastOnce);

    /// <summary>Sends a command and waits for the first new message on <paramref name="replyTopic"/> that matches.</summary>
    public async Task<JsonNode> RequestAsync(string commandTopic, string payload, string replyTopic, Func<JsonNode, bool>? match = null)
    {
        int from;
        lock (_seen) from = _seen.Count;
        await PublishAsync(commandTopic, payload);
        // Replies are JSON objects; the error topic also carries spontaneous "Error: …" strings and the status
        // topic the default automations' plain-text MQTT actions ("ECO mode turned off").
        (string Topic, string Payload, bool Retain) message = await WaitForAsync(m => m.Topic == replyTopic && JsonObjectOrNull(m.Payload) is JsonObject reply && (match is null || match(reply)), from);
        return JsonNode.Parse(message.Payload)!;
    }

    private static JsonObject? JsonObjectOrNull(string payload)
    {
        try
        {
            return JsonNode.Parse(payload) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public async Task<(string Topic, string Payload, bool Retain)> WaitForAsync(Func<(string Topic, string Payload, bool Retain), bool> predicate, int from = 0)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (true)
        {
            lock (_seen)
            {
                for (int n = from; n < _seen.Count; n++)
                    if (predicate(_seen[n])) return _seen[n];
                from = _seen.Count;
            }
            try
            {
                await _arrived.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                lock (_seen) throw new TimeoutException("no matching message; seen: " + string.Join(" | ", _seen.Select(s => s.Topic + " " + s.Payload)));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _client.TryDisconnectAsync();
        _client.Dispose();
    }
}
