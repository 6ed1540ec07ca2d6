using SmartGateway.Host.Gateway;
using SmartGateway.Host.Mqtt;
using SmartGateway.Host.Mqtt.Commands;
using SmartGateway.Host.Mqtt.HomeAssistant;

namespace SmartGateway.Host.Push;

public static class PushServiceCollectionExtensions
{
    /// <summary>The §4.7 command handlers, the dispatcher, the Home Assistant discovery model and the manager of the two
    /// push/publish links.</summary>
    public static IServiceCollection AddPushLinks(this IServiceCollection services)
    {
        services.AddSingleton<IRebootAction, StopApplicationReboot>();
        services.AddSingleton<IMqttCommand, StatusCommand>();
        services.AddSingleton<IMqttCommand, ErrorsCommand>();
        services.AddSingleton<IMqttCommand, RebootCommand>();
        services.AddSingleton<IMqttCommand, GetSettingsCommand>();
        services.AddSingleton<IMqttCommand, MeasurementsCommand>();
        services.AddSingleton<IMqttCommand, CountersCommand>();
        services.AddSingleton<IMqttCommand, BicomMqttCommand>();
        services.AddSingleton<IMqttCommand, Detect485DevicesCommand>();
        services.AddSingleton<IMqttCommand, ModbusReadCommand>();
        services.AddSingleton<IMqttCommand, ModbusWriteSingleCommand>();
        services.AddSingleton<IMqttCommand, ModbusWriteMultiCommand>();
        services.AddSingleton<IMqttCommand, BlinkCommand>();
        services.AddSingleton<IMqttCommand, AutomationCommand>();
        services.AddSingleton<HaModel>();
        services.AddSingleton(sp => new Lazy<HaModel>(sp.GetRequiredService<HaModel>));
        services.AddSingleton(sp => new Lazy<Rules.AutomationSwitch>(sp.GetRequiredService<Rules.AutomationSwitch>));
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<PushLinkManager>();
        services.AddSingleton<ILinkStatus>(sp => sp.GetRequiredService<PushLinkManager>());
        services.AddSingleton<IMqttPublisher>(sp => sp.GetRequiredService<PushLinkManager>());
        services.AddHostedService(sp => sp.GetRequiredService<PushLinkManager>());
        return services;
    }
}
