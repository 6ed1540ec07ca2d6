using System.Text.Json.Nodes;

namespace SmartGateway.Host.Mqtt.Commands;

/// <summary>What "reboot" does on this host: stop the service (systemd's Restart=always starts it again).</summary>
public interface IRebootAction
{
    void Request();
}

/// <summary>Stops the application shortly after the acknowledgement has been published.</summary>
public sealed class StopApplicationReboot(IHostApplicationLifetime lifetime) : IRebootAction
{
    public void Request() => _ = Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(_ => lifetime.StopApplication(), TaskScheduler.Default);
}

/// <summary>§4.7.3: acknowledge on the status topic, then restart.</summary>
public sealed class RebootCommand(IRebootAction reboot) : IMqttCommand
{
    public string Name => "reboot";

    public Task<MqttReply> ExecuteAsync(JsonObject data, CancellationToken cancellationToken)
    {
        reboot.Request();
        return Task.FromResult(new MqttReply(MqttTopics.Status, new JsonObject { ["cmd"] = Name, ["status"] = "rebooting" }));
    }
}
