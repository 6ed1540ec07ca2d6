using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmartGateway.Host.Mqtt.Commands;

namespace SmartGateway.Host.Mqtt;

/// <summary>Turns a command payload into a reply. Whatever arrives — not JSON, no "data", an unknown "cmd",
/// bad arguments, a device error — the answer is a reply on the error topic, never an exception.</summary>
public sealed class CommandDispatcher
{
    private readonly Dictionary<string, IMqttCommand> _commands;
    private readonly ILogger<CommandDispatcher> _logger;

    public CommandDispatcher(IEnumerable<IMqttCommand> commands, ILogger<CommandDispatcher> logger)
    {
        _commands = commands.ToDictionary(c => c.Name, StringComparer.Ordinal);
        _logger = logger;
    }

    public async Task<MqttReply> DispatchAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        string? cmd = null;
        try
        {
            JsonObject data = Data(payload);
            cmd = data["cmd"] is JsonValue name && name.GetValueKind() == JsonValueKind.String ? name.GetValue<string>().Trim() : null;
            if (cmd is null) throw new CommandException("\"data.cmd\" must name a command");
            if (!_commands.TryGetValue(cmd, out IMqttCommand? command))
                throw new CommandException($"unknown command \"{cmd}\"; known: {string.Join(", ", _commands.Keys.Order(StringComparer.Ordinal))}");
            return await command.ExecuteAsync(data, cancellationToken);
        }
        catch (CommandException exception)
        {
            return Error(cmd, exception.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogError(exception, "MQTT command {Command} failed", cmd);
            return Error(cmd, "internal error: " + exception.Message);
        }
    }

    public static MqttReply Error(string? cmd, string message) =>
        new(MqttTopics.Error, new JsonObject { ["cmd"] = cmd, ["error"] = "Error: " + message });

    /// <summary>The object under "data" (the manual's envelope); a bare object with "cmd" is accepted too.</summary>
    private static JsonObject Data(ReadOnlyMemory<byte> payload)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(payload.Span, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            string text = Encoding.UTF8.GetString(payload.Span);
            if (text.Length > 60) text = text[..60] + "…";
            throw new CommandException($"the command is not JSON (line {exception.LineNumber + 1}, column {exception.BytePositionInLine + 1}): {text}");
        }
        if (root is not JsonObject envelope) throw new CommandException("the command must be a JSON object {\"data\": {\"cmd\": …}}");
        if (envelope["data"] is JsonObject data) return data;
        if (envelope.ContainsKey("cmd")) return envelope;
        throw new CommandException("the command must be {\"data\": {\"cmd\": …}}");
    }
}
