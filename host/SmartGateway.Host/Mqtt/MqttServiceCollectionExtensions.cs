using SmartGateway.Host.Gateway;
using SmartGateway.Host.Mqtt.Commands;

namespace SmartGateway.Host.Mqtt;

public static class MqttServiceCollectionExtensions
{
    /// <summary>The §4.7 command handlers, the dispatcher and the link manager.</summary>
    public static IServiceCollection AddMqttLinks(this IServiceCollection services)
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
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<MqttLinkManager>();
        services.AddSingleton<ILinkStatus>(sp => sp.GetRequiredService<MqttLinkManager>());
        services.AddSingleton<IMqttPublisher>(sp => sp.GetRequiredService<MqttLinkManager>());
        services.AddHostedService(sp => sp.GetRequiredService<MqttLinkManager>());
        return services;
    }
}
