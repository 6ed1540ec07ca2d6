using SmartGateway.Host.Configuration;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Mqtt;
using SmartGateway.Host.Mqtt.Commands;
using SmartGateway.Host.Mqtt.HomeAssistant;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Push;

/// <summary>Runs the two push/publish links (MQTT or Standard TCP) and restarts one when its settings change.</summary>
public sealed class PushLinkManager : BackgroundService, ILinkStatus, IMqttPublisher
{
    private readonly LinkServices _services;
    private readonly SettingsStore _settings;
    private readonly Running?[] _links = new Running?[2];
    private readonly object _gate = new();
    private CancellationToken _stopping;

    public PushLinkManager(
        GatewayIdentity identity, CommandDispatcher dispatcher, IEnumerable<IMqttCommand> commands, SettingsStore settings,
        IDeviceDirectory directory, FileArea files, GatewayHealth health, EventLog log, TimeProvider time, ILogger<PushLinkManager> logger,
        Lazy<HaModel> homeAssistant)
    {
        _settings = settings;
        _services = new LinkServices(identity, dispatcher, commands.ToList(), settings, directory, files, health, log, time, logger, homeAssistant);
    }

    public string Status(int link)
    {
        LinkSettings settings = _settings.Current.Links[link - 1];
        return settings.Mode switch
        {
            "disabled" => "Disabled",
            _ => _links[link - 1]?.Link.Status ?? "Connecting",
        };
    }

    public Task<bool> PublishAsync(int link, string subtopic, string message, CancellationToken cancellationToken) =>
        link is 1 or 2 && _links[link - 1] is Running running
            ? running.Link.PublishAsync(subtopic, message, retain: false, cancellationToken)
            : Task.FromResult(false);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        _settings.Changed += Apply;
        Apply(_settings.Current);
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: stop both links below.
        }
        finally
        {
            _settings.Changed -= Apply;
            Task[] stopping;
            lock (_gate) stopping = _links.Select((_, n) => Stop(n)).ToArray();
            await Task.WhenAll(stopping);
        }
    }

    private void Apply(GatewaySettings settings)
    {
        lock (_gate)
        {
            for (int n = 0; n < 2; n++)
            {
                LinkSettings wanted = settings.Links[n];
                if (_links[n]?.Link.Settings == wanted) continue;
                Task previous = Stop(n);
                if (wanted.Mode == "disabled" || _stopping.IsCancellationRequested) continue;
                IPushLink link = wanted.Mode == "mqtt" ? new MqttLink(n + 1, wanted, _services) : new TcpPushLink(n + 1, wanted, _services);
                var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_stopping);
                // The old link says "offline" as it stops; start the new one after that, so "online" is the last word.
                Task run = previous.ContinueWith(_ => link.RunAsync(cancellation.Token), TaskScheduler.Default).Unwrap();
                _links[n] = new Running(link, cancellation, run);
            }
        }
    }

    private Task Stop(int n)
    {
        if (_links[n] is not Running running) return Task.CompletedTask;
        _links[n] = null;
        running.Cancellation.Cancel();
        return running.Task.ContinueWith(_ => running.Cancellation.Dispose(), TaskScheduler.Default);
    }

    private sealed record Running(IPushLink Link, CancellationTokenSource Cancellation, Task Task);
}
