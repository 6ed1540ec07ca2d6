using Microsoft.AspNetCore.Server.Kestrel.Core;
using SmartGateway.Host.Configuration;
using SmartGateway.Host.Security;

namespace SmartGateway.Host.Api;

/// <summary>Kestrel's limits for a small box on a LAN, and the HTTPS certificate when an https:// address is configured.</summary>
public static class ServerLimits
{
    public const int MaxConnections = 256;

    public static void Apply(KestrelServerOptions kestrel, IConfiguration configuration)
    {
        kestrel.AddServerHeader = false;
        kestrel.Limits.MaxConcurrentConnections = MaxConnections;
        kestrel.Limits.MaxConcurrentUpgradedConnections = MaxConnections;
        // Endpoints raise it for themselves (BodyLimit); everything else takes small JSON at most.
        kestrel.Limits.MaxRequestBodySize = BodyLimit.Default;
        kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(60);
        kestrel.ConfigureHttpsDefaults(https =>
        {
            GatewayOptions options = configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>() ?? new GatewayOptions();
            https.ServerCertificate = HttpsCertificate.Load(configuration, options.DataDirectory);
        });
    }
}
