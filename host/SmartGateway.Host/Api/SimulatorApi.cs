using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SmartGateway.Host.Configuration;
using SmartGateway.Host.Gateway.Devices;

namespace SmartGateway.Host.Api;

/// <summary>Test hook of the built-in simulator (webui/API-NEEDS.md §6), served only with Gateway:Simulator:AllowOverrides.</summary>
public static class SimulatorApi
{
    public static IEndpointRouteBuilder MapSimulatorApi(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IOptions<GatewayOptions>>().Value.Simulator.AllowOverrides) return app;
        app.MapPost("/api/simulator/inputs", SetInputs).WithTags("Simulator").WithName(nameof(SetInputs))
            .WithSummary("Hold a simulated meter at an active power ({\"slot\": 0, \"active_power_w\": 11000}; null = the built-in waveform)");
        return app;
    }

    public static async Task<IResult> SetInputs(HttpRequest request, SimulatedPower power)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, documentOptions: ApiResults.StrictDocument, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException exception)
        {
            return Results.Problem(statusCode: 400, title: "Bad Request", detail: JsonErrorText.Describe(exception));
        }
        if (body is not JsonObject o || o["slot"] is not JsonValue slotValue || !slotValue.TryGetValue(out int slot))
            return Results.Problem(statusCode: 400, title: "Bad Request", detail: "\"slot\" must be an integer");
        double? watts = null;
        if (o["active_power_w"] is JsonValue wattsValue)
        {
            if (!wattsValue.TryGetValue(out double w)) return Results.Problem(statusCode: 400, title: "Bad Request", detail: "\"active_power_w\" must be a number or null");
            watts = w;
        }
        if (!power.Set(slot, watts))
            return Results.Problem(statusCode: 404, title: "Not Found", detail: $"slot {slot} holds no meter of the built-in simulator");
        return Results.Text($$"""{"slot":{{slot}},"active_power_w":{{(watts is double v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")}}}""", "application/json");
    }
}
