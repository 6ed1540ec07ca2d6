using SmartGateway.Host.Configuration;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Mqtt;
using SmartGateway.Host.Mqtt.Commands;
using SmartGateway.Host.Mqtt.HomeAssistant;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Push;

/// <summary>What every link shares. The Home Assistant model is resolved on first use: it reads the status page,
/// which reads the links' status.</summary>
public sealed record LinkServices(
    GatewayIdentity Identity,
    CommandDispatcher Dispatcher,
    IReadOnlyList<IMqttCommand> Commands,
    SettingsStore Settings,
    IDeviceDirectory Directory,
    FileArea Files,
    GatewayHealth Health,
    EventLog Log,
    TimeProvider Time,
    ILogger Logger,
    Lazy<HaModel> HomeAssistant)
{
    /// <summary>Marks the link's error flag and logs a failure once per distinct message, not once per retry.</summary>
    public void ReportFailure(int link, string? previousStatus, string status)
    {
        Health.Set(link == 1 ? ErrorFlags.Link1 : ErrorFlags.Link2, raised: true);
        if (status == previousStatus) return;
        Logger.LogWarning("Link {Link}: {Status}", link, status);
        try
        {
            Log.Append(EventLog.Error, $"link{link}", status);
        }
        catch (Microsoft.Data.Sqlite.SqliteException exception)
        {
            Logger.LogError(exception, "Could not write the event log");
        }
    }

    public void ReportConnected(int link) => Health.Set(link == 1 ? ErrorFlags.Link1 : ErrorFlags.Link2, raised: false);
}
