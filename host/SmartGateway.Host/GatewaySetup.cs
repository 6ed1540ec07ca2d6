using Microsoft.Extensions.Options;
using SmartGateway.Host.Api;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Configuration;
using SmartGateway.Host.Discovery;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Push;
using SmartGateway.Host.Rules;
using SmartGateway.Host.Security;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;
using SmartGateway.Host.Upgrade;

namespace SmartGateway.Host;

/// <summary>Composition root: which implementation stands behind each seam, and the HTTP pipeline.</summary>
public static class GatewaySetup
{
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        IServiceCollection services = builder.Services;
        builder.WebHost.ConfigureKestrel((context, kestrel) => ServerLimits.Apply(kestrel, context.Configuration));
        services.Configure<GatewayOptions>(builder.Configuration.GetSection(GatewayOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => GatewayIdentity.From(Options(sp)));

        // Storage.
        services.AddSingleton(sp => new GatewayDatabase(Path.Combine(Options(sp).DataDirectory, "gateway.db")));
        services.AddSingleton(sp => new SettingsStore(sp.GetRequiredService<GatewayDatabase>(), InitialSettings(Options(sp))));
        services.AddSingleton<SourceStore>();
        services.AddSingleton<RecorderStore>();
        services.AddSingleton<LoadProfileStore>();
        services.AddSingleton<EventLog>();
        services.AddSingleton<StateStore>();
        services.AddSingleton(sp => new FileArea(Options(sp).DataDirectory));

        // Seams: the device stack (Gateway/Devices/) and the rule engine (Rules/).
        services.AddDeviceStack();
        services.AddRuleEngine();

        // Gateway services.
        services.AddSingleton<GatewayHealth>();
        services.AddSingleton<StatusReporter>();
        services.AddSingleton<HistorySampler>();
        services.AddHostedService<HistoryService>();
        services.AddSingleton(sp => new TariffCounterBook(sp.GetRequiredService<IDeviceDirectory>(), sp.GetRequiredService<IMeasurementSource>(),
            sp.GetRequiredService<CalendarClock>(), sp.GetRequiredService<SettingsStore>(), Options(sp).DataDirectory));
        services.AddHostedService<TariffCounterService>();
        services.AddSingleton<TickStatistics>();
        services.AddHostedService<TickService>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<AuthGate>();
        services.AddSingleton<CompileGate>();
        services.AddSingleton<Rs485ScanGate>();
        services.AddSingleton(sp => new UpgradeManager(Options(sp).DataDirectory, sp.GetRequiredService<IRuleEngine>(),
            sp.GetRequiredService<ITariffClock>(), sp.GetRequiredService<SourceStore>()));
        services.AddPushLinks();
        services.AddHostedService<DiscoveryResponder>();

        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
            options.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
        });
        services.AddOpenApi(options => options
            .AddSchemaTransformer(OpenApiOmittedMembers.Transform)
            .AddSchemaTransformer(SettingsSchema.Public)
            .AddOperationTransformer(SettingsSchema.Answer));
        return builder;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseProblemAnswers();
        // The web UI (host/webui, built into wwwroot, or an installed bundle's) holds no data, so it loads before authentication.
        var webUi = new WebUiFiles(app.Services.GetRequiredService<UpgradeManager>(), app.Environment.WebRootFileProvider);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = webUi });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = webUi });
        app.UseRouting();
        app.Use((context, next) =>
        {
            BodyLimit.Apply(context);
            return next(context);
        });
        app.UseMiddleware<AuthMiddleware>();
        app.UseMiddleware<CrossSiteGuard>();
        app.MapOpenApi();
        app.MapGatewayApi();
        app.MapDevicesApi();
        app.MapRs485DevicesApi();
        app.MapMeasurementsApi();
        app.MapCountersApi();
        app.MapTariffCountersApi();
        app.MapBicomsApi();
        app.MapSettingsApi();
        app.MapAutomationsApi();
        app.MapHistoryApi();
        app.MapTariffsApi();
        app.MapRecordersApi();
        app.MapFilesApi();
        app.MapUpgradeApi();
        app.MapSimulatorApi();
        return app;
    }

    private static GatewayOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<GatewayOptions>>().Value;

    /// <summary>Settings used when none are stored yet: defaults plus any links given in configuration.</summary>
    private static GatewaySettings InitialSettings(GatewayOptions options)
    {
        var links = options.Links.Take(2).ToList();
        while (links.Count < 2) links.Add(new LinkSettings());
        return new GatewaySettings { Links = links };
    }
}
