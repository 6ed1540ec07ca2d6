using System.Text.Json.Nodes;
using SmartGateway.Host.Mqtt.HomeAssistant;
using SmartGateway.Host.Rules;

namespace SmartGateway.Host.Mqtt.Commands;

/// <summary>
/// Enable or disable an automation, named by <c>"id"</c> (its Home Assistant id, from the name), <c>"index"</c>
/// (0-based, as in <c>GET /api/automations/preview</c>) or <c>"name"</c>; <c>"val"</c> = on, off, toggle or state.
/// The change is the one <c>POST /api/automations/{index}/enabled</c> makes; the answer goes to the status topic.
/// </summary>
/// <remarks>The switch is resolved on first use: the rule engine's actions publish through the links, which hold this command.</remarks>
public sealed class AutomationCommand(Lazy<AutomationSwitch> automations) : IMqttCommand
{
    public string Name => "automation";

    public async Task<MqttReply> ExecuteAsync(JsonObject data, CancellationToken cancellationToken)
    {
        IReadOnlyList<(string Name, bool Enabled)> list = automations.Value.List();
        var names = list.Select(a => a.Name).ToList();
        string[] ids = AutomationIds.Assign(names);
        int index = Find(data, names, ids);
        bool enabled = list[index].Enabled;
        string val = CommandArguments.OptionalString(data, "val")?.Trim().ToLowerInvariant()
            ?? throw new CommandException("\"val\" is missing (on, off, toggle or state)");
        bool? wanted = val switch
        {
            "on" => true,
            "off" => false,
            "toggle" => !enabled,
            "state" => null,
            _ => throw new CommandException("\"val\" must be on, off, toggle or state"),
        };
        if (wanted is bool target)
        {
            AutomationSwitchResult result = await automations.Value.SetEnabledAsync(index, target, cancellationToken);
            if (result.Outcome is not (AutomationSwitchOutcome.Switched or AutomationSwitchOutcome.Unchanged))
                throw new CommandException(result.Error ?? $"automation {index} could not be switched");
            enabled = result.Enabled;
        }
        return new MqttReply(MqttTopics.Status, new JsonObject
        {
            ["cmd"] = Name, ["index"] = index, ["id"] = ids[index], ["name"] = names[index], ["enabled"] = enabled,
        });
    }

    private static int Find(JsonObject data, List<string> names, string[] ids)
    {
        if (CommandArguments.OptionalString(data, "id") is string id)
            return Array.IndexOf(ids, id.Trim()) is var at and >= 0 ? at : throw new CommandException($"no automation with id \"{id}\"");
        if (CommandArguments.OptionalInt(data, "index") is int index)
            return index >= 0 && index < names.Count ? index : throw new CommandException($"no automation {index} (there are {names.Count})");
        if (CommandArguments.OptionalString(data, "name") is string name)
            return names.IndexOf(name) is var at and >= 0 ? at : throw new CommandException($"no automation named \"{name}\"");
        throw new CommandException("name the automation by \"id\", \"index\" or \"name\"");
    }
}
