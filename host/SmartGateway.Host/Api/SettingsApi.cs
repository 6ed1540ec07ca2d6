using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Security;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Api;

/// <summary>Settings (§4.1.2) as one JSON document; POST merges a partial document into it.</summary>
public static class SettingsApi
{
    public static IEndpointRouteBuilder MapSettingsApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags("Settings");

        api.MapGet("/settings", GetSettings).WithName(nameof(GetSettings)).WithSummary("All settings (passwords left out)");
        api.MapPost("/settings", PostSettings).WithName(nameof(PostSettings)).WithSummary("Change some settings")
            .Accepts<JsonObject>(MediaTypes.Json);
        return app;
    }

    public static Ok<JsonObject> GetSettings(SettingsStore settings) => TypedResults.Ok(SettingsPatch.ToPublic(settings.Current));

    public static async Task<Results<Ok<JsonObject>, BadRequest<ApiError>, JsonHttpResult<ApiError>>> PostSettings(
        HttpRequest request, SettingsStore settings, AuthGate gate, EventLog log)
    {
        JsonObject? patch;
        try
        {
            patch = await JsonNode.ParseAsync(request.Body, documentOptions: ApiResults.StrictDocument, cancellationToken: request.HttpContext.RequestAborted) as JsonObject;
        }
        catch (JsonException exception)
        {
            return ApiResults.BadRequest(JsonErrorText.Describe(exception));
        }
        if (patch is null) return ApiResults.BadRequest("the body must be a JSON object");
        if (SettingsPatch.NeedsCurrentPassword(settings.Current, patch))
        {
            if (patch["auth"]?[SettingsPatch.CurrentPassword] is not JsonValue given || !given.TryGetValue(out string? password))
                return ApiResults.Error(403, "Forbidden", "changing the password or user name, or switching authentication off, needs auth.current_password");
            AuthDecision decision = gate.CheckCurrentPassword(password, ClientAddress.Key(request.HttpContext));
            if (decision.Verdict != AuthVerdict.Allowed)
            {
                if (decision.RetryAfter > TimeSpan.Zero) request.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(decision.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ApiResults.Error(403, "Forbidden", decision.Verdict == AuthVerdict.LockedOut
                    ? $"too many failed attempts: retry after {Math.Ceiling(decision.RetryAfter.TotalSeconds)} s" : "auth.current_password is wrong");
            }
        }
        var patchedSections = patch.Select(p => p.Key).ToList();
        (GatewaySettings? updated, string? error) = SettingsPatch.Apply(settings.Current, patch);
        if (updated is null) return ApiResults.BadRequest(error!);
        if (updated.Features.ModbusTcpPort != settings.Current.Features.ModbusTcpPort)
            return ApiResults.BadRequest("features.modbus_tcp_port is the port the Modbus TCP server listens on; it is set by Gateway:ModbusTcpPort at start");
        settings.Save(updated);
        log.Append(EventLog.Info, "settings", "settings changed: " + string.Join(", ", patchedSections));
        return TypedResults.Ok(SettingsPatch.ToPublic(updated));
    }
}
