using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using MQTTnet;
using MQTTnet.Protocol;

namespace SmartGateway.Host.Mqtt.HomeAssistant;

/// <summary>
/// Home Assistant discovery for one connection of one link. On connect it reads back what is retained under this
/// gateway's node (configs) and its state topics, then every tick makes the broker match <see cref="HaModel"/>:
/// new or changed configs are published retained, configs of entities that are gone — also ones left by an earlier
/// run — get an empty retained message (Home Assistant removes the entity), and each device's state document is
/// published retained when it changed or its push interval came round. Restarts and reconnects therefore leave
/// neither duplicates (the topics are stable) nor stale entities.
/// </summary>
public sealed class HaSession(HaTopics topics, IMqttClient client, HaModel model, int link, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan SyncTimeout = TimeSpan.FromSeconds(10);
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Channel<(string Topic, byte[] Payload)> _inbox = Channel.CreateUnbounded<(string, byte[])>();
    private readonly Dictionary<string, string> _configs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Payload, DateTimeOffset At)> _states = new(StringComparer.Ordinal);
    private volatile bool _reading = true;

    /// <summary>True once the read-back completed; until then nothing found on the broker is removed.</summary>
    public bool Synced { get; private set; }

    /// <summary>A message for a topic this session subscribed to (anything but the link's commands).</summary>
    public void Receive(string topic, byte[] payload)
    {
        if (_reading) _inbox.Writer.TryWrite((topic, payload));
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ReadBackAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Publishing goes on: only the removal of entities left by earlier runs is lost this time.
            logger.LogWarning("Link {Link}: reading back the retained Home Assistant configs failed: {Message}", link, exception.Message);
        }
        using var tick = new PeriodicTimer(Gateway.TickService.Period);
        do
        {
            try
            {
                await PublishAsync(model.Devices(topics, link), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("Link {Link}: Home Assistant discovery: {Message}", link, exception.Message);
            }
        }
        while (await tick.WaitForNextTickAsync(cancellationToken));
    }

    /// <summary>Subscribes to this node's configs and states, then sends itself a marker: the broker delivers the
    /// retained messages of a subscription before anything published after it, so the marker closes the read-back.</summary>
    private async Task ReadBackAsync(CancellationToken cancellationToken)
    {
        string stateFilter = topics.State("+");
        MqttClientSubscribeOptions subscription = new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(topics.ConfigFilter, MqttQualityOfServiceLevel.AtLeastOnce)
            .WithTopicFilter(stateFilter, MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        try
        {
            MqttClientSubscribeResult granted = await client.SubscribeAsync(subscription, cancellationToken);
            if (granted.Items.Any(i => i.ResultCode > MqttClientSubscribeResultCode.GrantedQoS2))
            {
                logger.LogWarning("Link {Link}: the broker refused to let the gateway read {Filter}; entities left by earlier runs are not removed",
                    link, topics.ConfigFilter);
                return;
            }
            string marker = Guid.NewGuid().ToString("N");
            await client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topics.Sync).WithPayload(marker)
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build(), cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(SyncTimeout);
            try
            {
                while (!Synced)
                {
                    (string? topic, byte[]? payload) = await _inbox.Reader.ReadAsync(timeout.Token);
                    string text = Encoding.UTF8.GetString(payload);
                    if (topic == topics.Sync) Synced = text == marker;
                    else if (text.Length == 0) continue;
                    else if (topics.ParseConfig(topic) != null) _configs[topic] = text;
                    else if (topic.StartsWith(stateFilter[..^1], StringComparison.Ordinal)) _states[topic] = (text, DateTimeOffset.MinValue);
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Link {Link}: the read-back of retained Home Assistant configs did not finish within {Seconds} s; "
                    + "entities left by earlier runs are not removed this time", link, SyncTimeout.TotalSeconds);
            }
        }
        finally
        {
            _reading = false;
            if (client.IsConnected)
                await client.UnsubscribeAsync(new MqttClientUnsubscribeOptionsBuilder().WithTopicFilter(topics.ConfigFilter)
                    .WithTopicFilter(stateFilter).Build(), CancellationToken.None);
        }
    }

    private async Task PublishAsync(IReadOnlyList<HaDevice> devices, CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (HaDevice device in devices)
            foreach (HaEntity entity in device.Entities)
                wanted[topics.Config(entity.Component, entity.ObjectId)] = entity.Config.ToJsonString(Json);
        // Until the device list is whole, a device missing from it may only not have answered yet: its entities stay, or
        // a restart would make Home Assistant drop them and add them moments later. An entity of a device that is listed
        // and read (the gateway, the automations, a meter) goes as soon as that device no longer has it.
        bool complete = model.DevicesComplete;
        var read = devices.Where(d => !d.Pending).Select(d => d.Key + "_").ToList();
        var pending = devices.Where(d => d.Pending).Select(d => d.Key + "_").ToList();

        foreach (string? topic in _configs.Keys.Where(t => !wanted.ContainsKey(t) && !OwnedBy(t, pending) && (complete || OwnedBy(t, read))).ToList())
        {
            await PublishAsync(topic, "", cancellationToken);
            _configs.Remove(topic);
        }
        foreach ((string? topic, string? config) in wanted)
        {
            if (_configs.GetValueOrDefault(topic) == config) continue;
            await PublishAsync(topic, config, cancellationToken);
            _configs[topic] = config;
        }

        DateTimeOffset now = time.GetUtcNow();
        var stateTopics = new HashSet<string>(StringComparer.Ordinal);
        foreach (HaDevice device in devices)
        {
            string topic = topics.State(device.Key);
            stateTopics.Add(topic);
            string state = device.State.ToJsonString(Json);
            bool due = _states.TryGetValue(topic, out (string Payload, DateTimeOffset At) last) && device.Heartbeat is TimeSpan heartbeat && now - last.At >= heartbeat;
            if (last.Payload == state && !due) continue;
            await PublishAsync(topic, state, cancellationToken);
            _states[topic] = (state, now);
        }
        foreach (string? topic in _states.Keys.Where(t => complete && !stateTopics.Contains(t)).ToList())
        {
            await PublishAsync(topic, "", cancellationToken);
            _states.Remove(topic);
        }
    }

    /// <summary>Whether a config is an entity of one of the devices (object ids start with the device's key and "_").</summary>
    private bool OwnedBy(string topic, List<string> devicePrefixes) =>
        topics.ParseConfig(topic) is var (_, objectId) && devicePrefixes.Any(p => objectId.StartsWith(p, StringComparison.Ordinal));

    /// <summary>Retained, so Home Assistant finds configs and the last states whenever it (re)connects; an empty payload
    /// deletes the retained message.</summary>
    private Task PublishAsync(string topic, string payload, CancellationToken cancellationToken) =>
        client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).WithRetainFlag(true).Build(), cancellationToken);
}
