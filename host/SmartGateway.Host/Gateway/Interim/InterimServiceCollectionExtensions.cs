using Microsoft.Extensions.Options;
using SmartGateway.Host.Configuration;

namespace SmartGateway.Host.Gateway.Interim;

public static class InterimServiceCollectionExtensions
{
    /// <summary>INTERIM implementations of every seam that belongs to another branch. Wiring the real ones means
    /// replacing this call (or registering the real implementation after it: the last registration wins).</summary>
    public static IServiceCollection AddInterimSeams(this IServiceCollection services)
    {
        services.AddSingleton<IRuleEngine, StoreOnlyRuleEngine>();
        services.AddSingleton<ITariffClock>(sp => new SystemTariffClock(sp.GetRequiredService<IOptions<GatewayOptions>>().Value.InterimActiveTariff));
        return services;
    }
}
