using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;
using SmartGateway.Host.Api;

namespace SmartGateway.Host.Security;

/// <summary>
/// Cross-site request forgery stops here, for every state-changing request (anything but GET, HEAD, OPTIONS),
/// whether or not authentication is on: a browser sends the gateway's cookie — or, with authentication off,
/// reaches the LAN — on behalf of any page it shows.
/// <list type="bullet">
/// <item>An <c>Origin</c> (or, without one, a <c>Referer</c>) must name this gateway: 403 otherwise. Clients
/// that send neither (curl, scripts, Home Assistant) are not browsers and pass.</item>
/// <item>A body must have a type the endpoint declares (<see cref="IAcceptsMetadata"/>; JSON when it declares
/// none), never text/plain or a form encoding, which a cross-site page can send without a preflight: 415.</item>
/// </list>
/// </summary>
public sealed class CrossSiteGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
            return next(context);
        if (ForeignOrigin(request) is string origin)
            return ApiResults.WriteProblemAsync(context, StatusCodes.Status403Forbidden,
                $"cross-site request refused: {origin} is not this gateway ({request.Host})");
        if (context.GetEndpoint() is not null && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true
            && Accepted(context) is string[] accepted)
            return ApiResults.WriteProblemAsync(context, StatusCodes.Status415UnsupportedMediaType,
                $"{request.Method} {request.Path} takes {string.Join(" or ", accepted)}, not {request.ContentType ?? "a body without Content-Type"}");
        return next(context);
    }

    /// <summary>The Origin (or Referer) when it names another site; "null" (sandboxes, file:) is foreign too.</summary>
    public static string? ForeignOrigin(HttpRequest request)
    {
        string origin = request.Headers.Origin.ToString();
        string claimed = origin.Length > 0 ? origin : request.Headers.Referer.ToString();
        if (claimed.Length == 0) return null;
        return Uri.TryCreate(claimed, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https"
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? null : claimed;
    }

    /// <summary>Null when the body's type is one the endpoint takes; otherwise the types it does take.</summary>
    private static string[]? Accepted(HttpContext context)
    {
        IReadOnlyList<string>? declared = context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes;
        string[] accepted = declared is { Count: > 0 } ? [.. declared] : [MediaTypes.Json];
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out MediaTypeHeaderValue? type)
            && accepted.Any(a => type.MediaType.Equals(a, StringComparison.OrdinalIgnoreCase)))
            return null;
        return accepted;
    }
}
