using System.Text.Json.Nodes;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Mqtt.Commands;

/// <summary>§4.7.4: the settings (as GET /api/settings shows them, no secrets) on the status topic.</summary>
public sealed class GetSettingsCommand(SettingsStore settings) : IMqttCommand
{
    public string Name => "get_settings";

    public Task<MqttReply> ExecuteAsync(JsonObject data, CancellationToken cancellationToken) =>
        Task.FromResult(new MqttReply(MqttTopics.Status, new JsonObject { ["cmd"] = Name, ["settings"] = SettingsPatch.ToPublic(settings.Current) }));
}
