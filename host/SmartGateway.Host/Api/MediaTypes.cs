namespace SmartGateway.Host.Api;

/// <summary>The request bodies the API takes. None is one a cross-site HTML form or a "simple" fetch can send
/// (text/plain, form encodings), so a state-changing request from another site always needs a CORS
/// preflight, which the gateway never grants.</summary>
public static class MediaTypes
{
    public const string Json = "application/json";

    /// <summary>Rule and tariff sources in the text DSL.</summary>
    public const string Dsl = "text/x-sg-dsl";

    /// <summary>File manager uploads.</summary>
    public const string Binary = "application/octet-stream";
}
