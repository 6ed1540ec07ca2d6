using Microsoft.AspNetCore.Http.HttpResults;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Security;

namespace SmartGateway.Host.Api;

/// <summary>The gateway itself (§4.2): status, blink, login, Wi-Fi scan.</summary>
public static class GatewayApi
{
    public static IEndpointRouteBuilder MapGatewayApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags("Gateway");

        // Home Assistant reads /api first; the model must start with "SG".
        api.MapGet("", GetGateway).WithName(nameof(GetGateway)).WithSummary("Gateway identity and status (§4.1.1)");
        api.MapGet("/blink", Blink).WithName(nameof(Blink)).WithSummary("Blink the LED for about 30 s");
        api.MapGet("/wifi/scan-networks", ScanWifi).WithName(nameof(ScanWifi)).WithSummary("Wi-Fi networks in reach");

        // Logging in and out are the resources open without credentials.
        api.MapPost("/auth", Login).WithName(nameof(Login)).WithSummary("Check credentials and set the Authorization cookie")
            .Accepts<LoginRequest>(MediaTypes.Json).AllowWithoutCredentials();
        api.MapPost("/logout", Logout).WithName(nameof(Logout)).WithSummary("Expire the Authorization cookie (it is HttpOnly: script cannot)")
            .AllowWithoutCredentials();
        return app;
    }

    public static NoContent Logout(HttpContext context)
    {
        context.Response.Headers.Append("Set-Cookie", "Authorization=; Path=/; Max-Age=0" + CookieAttributes(context));
        return TypedResults.NoContent();
    }

    /// <summary>Over HTTPS the cookie is <c>Secure</c>, so a browser never sends it over plain HTTP.</summary>
    public static string CookieAttributes(HttpContext context) =>
        "; HttpOnly; SameSite=Strict" + (context.Request.IsHttps ? "; Secure" : "");

    public static Ok<GatewayResponse> GetGateway(StatusReporter status) =>
        TypedResults.Ok(new GatewayResponse(status.Device(), status.Status()));

    public static Ok<BlinkResponse> Blink(GatewayHealth health)
    {
        health.Blink();
        return TypedResults.Ok(new BlinkResponse(true, (int)GatewayHealth.BlinkDuration.TotalSeconds));
    }

    /// <summary>A Linux host is usually wired; Wi-Fi is reported when the kernel lists a wireless interface.</summary>
    public static Ok<WifiScanResponse> ScanWifi()
    {
        bool wireless = File.Exists("/proc/net/wireless") && File.ReadAllLines("/proc/net/wireless").Length > 2;
        return TypedResults.Ok(new WifiScanResponse(wireless, []));
    }

    public static async Task<Results<Ok<LoginResponse>, BadRequest<ApiError>, JsonHttpResult<ApiError>>> Login(
        HttpContext context, AuthGate gate)
    {
        (LoginRequest? request, string? error) = await ApiResults.ReadJsonAsync(context.Request, ApiJsonContext.Default.LoginRequest);
        if (request is null) return ApiResults.BadRequest(error!);
        var credentials = new BasicCredentials(request.Username, request.Password);
        AuthDecision decision = gate.Check(credentials, ClientAddress.Key(context));
        if (decision.Verdict != AuthVerdict.Allowed)
        {
            string detail = decision.Verdict == AuthVerdict.LockedOut || decision.RetryAfter > TimeSpan.Zero
                ? $"too many failed attempts: retry after {Math.Ceiling(decision.RetryAfter.TotalSeconds)} s"
                : "wrong username or password";
            return ApiResults.Error(403, "Forbidden", detail);
        }
        context.Response.Headers.Append("Set-Cookie",
            "Authorization=" + Uri.EscapeDataString(credentials.ToHeaderValue()) + "; Path=/" + CookieAttributes(context));
        return TypedResults.Ok(new LoginResponse(true));
    }
}
