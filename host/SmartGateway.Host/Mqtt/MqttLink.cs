using System.Buffers;
using System.Text.Json;
using System.Threading.Channels;
using MQTTnet;
using MQTTnet.Protocol;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Mqtt.Commands;
using SmartGateway.Host.Mqtt.HomeAssistant;
using SmartGateway.Host.Push;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Mqtt;

/// <summary>One MQTT push/publish link: connects (and reconnects with back-off), answers commands on
/// <c>{root}/{subscribe}</c>, pushes each device's measurements and counters at its interval, says
/// "online"/"offline" (retained; "offline" also as the last will) on the connection topic, and — when discovery is
/// on — keeps Home Assistant's discovery configs and entity states on the broker (<see cref="HaSession"/>).</summary>
public sealed class MqttLink(int number, LinkSettings settings, LinkServices services) : IPushLink
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private readonly MqttTopics _topics = new(
        settings.RootTopic.Trim().Length > 0 ? settings.RootTopic.Trim() : services.Identity.SerialNumber,
        settings.SubscribeTopic.Trim(), settings.PublishTopic.Trim());
    private IMqttClient? _client;
    private volatile string _status = "Connecting";

    public LinkSettings Settings => settings;
    public string Status => _status;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await RunConnectedAsync(cancellationToken);
                backoff = TimeSpan.FromSeconds(1);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                string previous = _status;
                _status = "Error: " + exception.Message;
                services.ReportFailure(number, previous, _status);
            }
            try
            {
                await Task.Delay(backoff, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            backoff = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, backoff.Ticks * 2));
        }
    }

    public async Task<bool> PublishAsync(string subtopic, string payload, bool retain, CancellationToken cancellationToken)
    {
        IMqttClient? client = _client;
        if (client is not { IsConnected: true }) return false;
        MqttApplicationMessage message = new MqttApplicationMessageBuilder()
            .WithTopic(_topics.Reply(subtopic))
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag(retain)
            .Build();
        await client.PublishAsync(message, cancellationToken);
        return true;
    }

    private async Task RunConnectedAsync(CancellationToken cancellationToken)
    {
        using IMqttClient client = new MqttClientFactory().CreateMqttClient();
        var inbox = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
        var disconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        HaSession? discovery = settings.Discovery
            ? new HaSession(new HaTopics(settings.DiscoveryPrefix.Trim(), services.Identity.SerialNumber, _topics), client,
                services.HomeAssistant.Value, number, services.Time, services.Logger)
            : null;
        client.ApplicationMessageReceivedAsync += e =>
        {
            // Commands are handled on the link's own loop, never inside MQTTnet's receive path.
            string topic = e.ApplicationMessage.Topic;
            if (topic == _topics.Commands) inbox.Writer.TryWrite(e.ApplicationMessage.Payload.ToArray());
            else discovery?.Receive(topic, e.ApplicationMessage.Payload.ToArray());
            return Task.CompletedTask;
        };
        client.DisconnectedAsync += _ =>
        {
            disconnected.TrySetResult();
            return Task.CompletedTask;
        };

        MqttClientOptions options = MqttLinkOptionsFactory.Create(settings, _topics, $"{services.Identity.SerialNumber}-link{number}", services.Files);
        await client.ConnectAsync(options, cancellationToken);
        await client.SubscribeAsync(_topics.Commands, MqttQualityOfServiceLevel.AtLeastOnce, cancellationToken);
        _client = client;
        _status = "Connected";
        services.ReportConnected(number);
        await PublishAsync(MqttTopics.Connection, "online", retain: true, cancellationToken);
        await PublishReplyAsync(services.Commands.OfType<StatusCommand>().Single().Hello(), cancellationToken);

        using var linkCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task work = ServeCommandsAsync(inbox.Reader, linkCancellation.Token);
        Task push = PushAsync(linkCancellation.Token);
        Task homeAssistant = discovery?.RunAsync(linkCancellation.Token) ?? Task.CompletedTask;
        var errors = Channel.CreateBounded<string>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
        void OnLogged(LogEntry entry)
        {
            if (entry.Level == EventLog.Error) errors.Writer.TryWrite(entry.Message);
        }
        services.Log.Appended += OnLogged;
        Task report = ReportErrorsAsync(errors.Reader, linkCancellation.Token);
        try
        {
            await disconnected.Task.WaitAsync(cancellationToken);
            throw new IOException("connection lost");
        }
        finally
        {
            _client = null;
            _status = "Disconnected";
            linkCancellation.Cancel();
            services.Log.Appended -= OnLogged;
            await Task.WhenAll(work, push, report, homeAssistant).ContinueWith(_ => { }, TaskScheduler.Default);
            if (cancellationToken.IsCancellationRequested && client.IsConnected)
            {
                // A clean DISCONNECT suppresses the will, so say "offline" ourselves.
                using var shutdown = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await client.PublishStringAsync(_topics.Reply(MqttTopics.Connection), "offline", MqttQualityOfServiceLevel.AtLeastOnce, true, shutdown.Token)
                    .ContinueWith(_ => client.TryDisconnectAsync(), TaskScheduler.Default).Unwrap();
            }
        }
    }

    /// <summary>§4.7.2: each logged error goes out on the error topic as the manual shows it, a JSON string
    /// <c>"Error: …"</c> (replies to refused commands there are objects with the command's name).</summary>
    private async Task ReportErrorsAsync(ChannelReader<string> errors, CancellationToken cancellationToken)
    {
        await foreach (string message in errors.ReadAllAsync(cancellationToken))
            await TryPublishAsync(MqttTopics.Error, JsonSerializer.Serialize("Error: " + message, ReplyJson), cancellationToken);
    }

    private async Task ServeCommandsAsync(ChannelReader<byte[]> inbox, CancellationToken cancellationToken)
    {
        await foreach (byte[] payload in inbox.ReadAllAsync(cancellationToken))
        {
            MqttReply reply = await services.Dispatcher.DispatchAsync(payload, cancellationToken);
            await PublishReplyAsync(reply, cancellationToken);
        }
    }

    /// <summary>Every second, publishes measurements and counters of each device whose interval on this link is due.</summary>
    private async Task PushAsync(CancellationToken cancellationToken)
    {
        var schedule = new PushSchedule(number);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            foreach (DeviceSlot slot in schedule.Due(services.Settings.Current, services.Directory, services.Time.GetUtcNow()))
                foreach (MqttReply reply in PushReplies(slot)) await PublishReplyAsync(reply, cancellationToken);
        }
    }

    private IEnumerable<MqttReply> PushReplies(DeviceSlot slot)
    {
        var replies = new List<MqttReply>();
        try
        {
            replies.Add(services.Commands.OfType<MeasurementsCommand>().Single().Reply(slot));
            replies.Add(services.Commands.OfType<CountersCommand>().Single().Reply(slot));
        }
        catch (CommandException)
        {
            // Not read yet: nothing to push this time.
        }
        return replies;
    }

    private Task<bool> PublishReplyAsync(MqttReply reply, CancellationToken cancellationToken) =>
        TryPublishAsync(reply.Subtopic, reply.Payload.ToJsonString(ReplyJson), cancellationToken);

    /// <summary>A failed publish is logged and the loop goes on: a lost connection ends the session anyway,
    /// and anything else must not silence the link.</summary>
    private async Task<bool> TryPublishAsync(string subtopic, string payload, CancellationToken cancellationToken)
    {
        try
        {
            return await PublishAsync(subtopic, payload, retain: false, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            services.Logger.LogWarning("Link {Link}: publishing to {Subtopic} failed: {Message}", number, subtopic, exception.Message);
            return false;
        }
    }

    /// <summary>Units such as "°" stay readable in the payload instead of becoming \u00B0.</summary>
    private static readonly JsonSerializerOptions ReplyJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
