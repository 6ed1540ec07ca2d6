using System.Text.Json.Nodes;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Mqtt.Commands;

/// <summary>§4.7.2: the recent error messages, newest first, on the error topic.</summary>
public sealed class ErrorsCommand(EventLog log) : IMqttCommand
{
    private const int Count = 20;

    public string Name => "errors";

    public Task<MqttReply> ExecuteAsync(JsonObject data, CancellationToken cancellationToken)
    {
        var errors = new JsonArray();
        foreach (LogEntry entry in log.Recent(Count, EventLog.Error))
            errors.Add(new JsonObject { ["time"] = entry.Time.ToString("O"), ["source"] = entry.Source, ["message"] = "Error: " + entry.Message });
        return Task.FromResult(new MqttReply(MqttTopics.Error, new JsonObject { ["cmd"] = Name, ["errors"] = errors }));
    }
}
