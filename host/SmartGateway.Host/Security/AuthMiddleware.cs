using System.Globalization;
using SmartGateway.Host.Api;

namespace SmartGateway.Host.Security;

/// <summary>Refuses every request without valid credentials with 403 when authentication is enabled
/// (Home Assistant maps only 403 to "not authorised"; 401 would make it say "cannot connect").</summary>
public sealed class AuthMiddleware(RequestDelegate next, AuthGate gate)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!gate.Enabled || context.GetEndpoint()?.Metadata.GetMetadata<PublicEndpoint>() is not null)
        {
            await next(context);
            return;
        }
        AuthDecision decision = gate.Check(BasicCredentials.From(context.Request), ClientAddress.Key(context));
        if (decision.Verdict == AuthVerdict.Allowed)
        {
            await next(context);
            return;
        }
        await Refuse(context, decision);
    }

    public static Task Refuse(HttpContext context, AuthDecision decision)
    {
        string detail = "valid credentials are required";
        if (decision.RetryAfter > TimeSpan.Zero)
        {
            int seconds = (int)Math.Ceiling(decision.RetryAfter.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            detail = $"too many failed attempts: retry after {seconds} s";
        }
        return ApiResults.WriteProblemAsync(context, StatusCodes.Status403Forbidden, detail);
    }
}
