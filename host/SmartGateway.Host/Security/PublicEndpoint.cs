namespace SmartGateway.Host.Security;

/// <summary>Endpoint metadata: reachable without credentials even when authentication is on.
/// Only logging in and out carry it; everything else is protected.</summary>
public sealed class PublicEndpoint
{
    public static readonly PublicEndpoint Instance = new();

    private PublicEndpoint()
    {
    }
}

public static class PublicEndpointExtensions
{
    public static TBuilder AllowWithoutCredentials<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(PublicEndpoint.Instance);
}
