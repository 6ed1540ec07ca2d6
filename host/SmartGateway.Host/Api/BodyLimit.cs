using Microsoft.AspNetCore.Http.Features;

namespace SmartGateway.Host.Api;

/// <summary>Endpoint metadata: the most bytes a request body may have. Kestrel enforces it while the body
/// streams in (chunked bodies too) and the request ends with 413 the moment it is passed.</summary>
public sealed record BodyLimit(long Bytes)
{
    /// <summary>What every endpoint without its own limit accepts (JSON commands and settings).</summary>
    public const long Default = 64 * 1024;

    /// <summary>Rule sources: automations, tariff calendars, replayed rules (the reference product's
    /// automation.json is 1.6 KB).</summary>
    public const long Source = 256 * 1024;

    /// <summary>Applies the endpoint's limit before anything reads the body.</summary>
    public static void Apply(HttpContext context)
    {
        IHttpMaxRequestBodySizeFeature? feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is null || feature.IsReadOnly) return;
        feature.MaxRequestBodySize = context.GetEndpoint()?.Metadata.GetMetadata<BodyLimit>()?.Bytes ?? Default;
    }
}

public static class BodyLimitExtensions
{
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodyLimit(bytes));
}
