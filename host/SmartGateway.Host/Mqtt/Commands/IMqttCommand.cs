using System.Text.Json.Nodes;

namespace SmartGateway.Host.Mqtt.Commands;

/// <summary>One §4.7 command: <c>{"data": {"cmd": Name, …}}</c>.</summary>
public interface IMqttCommand
{
    string Name { get; }

    /// <summary>Throws <see cref="CommandException"/> for bad arguments or a failed device operation.</summary>
    Task<MqttReply> ExecuteAsync(JsonObject data, CancellationToken cancellationToken);
}
