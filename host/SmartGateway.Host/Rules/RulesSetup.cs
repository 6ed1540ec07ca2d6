using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SmartGateway.Devices;
using SmartGateway.Host.Configuration;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Rules;

public static class RulesSetup
{
    /// <summary>The rule engine (compiler + runtime interpreter), the calendar clock and the action dispatcher.</summary>
    public static IServiceCollection AddRuleEngine(this IServiceCollection services)
    {
        services.TryAddSingleton<DeviceReadings>();
        services.AddSingleton(new RuleHostOptions());
        services.AddSingleton(sp => new CalendarClock(sp.GetRequiredService<SettingsStore>(), sp.GetRequiredService<SourceStore>(),
            sp.GetRequiredService<RuleHostOptions>().DefaultCalendarPath));
        services.AddSingleton<ITariffClock>(sp => sp.GetRequiredService<CalendarClock>());
        services.AddSingleton<ActionDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<ActionDispatcher>());
        services.AddSingleton(sp =>
        {
            GatewayOptions options = sp.GetRequiredService<IOptions<GatewayOptions>>().Value;
            return new InputHistory(options.DataDirectory, options.HistoryDays);
        });
        services.AddSingleton<TickWriter>();
        services.AddSingleton<RuleHost>();
        services.AddSingleton<IRuleEngine>(sp => sp.GetRequiredService<RuleHost>());
        services.AddSingleton<ITickHandler>(sp => sp.GetRequiredService<RuleHost>());
        services.AddSingleton<AutomationSwitch>();
        return services;
    }
}
