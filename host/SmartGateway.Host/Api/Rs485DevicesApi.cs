using Microsoft.AspNetCore.Http.HttpResults;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Gateway.Devices;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Api;

/// <summary>The RS485 devices the gateway keeps (§4.1.2.4 "Add device", "Add all devices"): stored in the settings,
/// so they are read from start on after a restart too, and identified at once.</summary>
public static class Rs485DevicesApi
{
    public static IEndpointRouteBuilder MapRs485DevicesApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api/rs485").WithTags("Devices");
        api.MapGet("/devices", GetRs485Devices).WithName(nameof(GetRs485Devices)).WithSummary("The RS485 addresses the gateway keeps and who answers there");
        api.MapPost("/devices", AddRs485Devices).WithName(nameof(AddRs485Devices))
            .WithSummary("Add RS485 devices by address (stored, then identified)").Accepts<Rs485AddDevicesRequest>(MediaTypes.Json);
        return app;
    }

    public static Ok<Rs485DevicesResponse> GetRs485Devices(SettingsStore settings, DeviceStack stack) =>
        TypedResults.Ok(Answer(settings, stack));

    public static async Task<Results<Ok<Rs485DevicesResponse>, BadRequest<ApiError>>> AddRs485Devices(
        HttpRequest request, SettingsStore settings, DeviceStack stack)
    {
        (Rs485AddDevicesRequest? body, string? error) = await ApiResults.ReadJsonAsync(request, ApiJsonContext.Default.Rs485AddDevicesRequest);
        if (body is null) return ApiResults.BadRequest(error!);
        if (body.Addresses.Count == 0) return ApiResults.BadRequest("addresses must list at least one address");
        GatewaySettings current = settings.Current;
        GatewaySettings updated = current with { Rs485 = current.Rs485 with { Addresses = [.. current.Rs485.Addresses.Union(body.Addresses).Order()] } };
        if (Settings.SettingsPatch.Validate(updated) is string invalid) return ApiResults.BadRequest(invalid);
        settings.Save(updated);
        // Identifying reads each new address once; a thread of its own keeps the request's pool thread free.
        await Task.Factory.StartNew(() => stack.AddRs485(body.Addresses), request.HttpContext.RequestAborted,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return TypedResults.Ok(Answer(settings, stack));
    }

    private static Rs485DevicesResponse Answer(SettingsStore settings, DeviceStack stack) =>
        new(settings.Current.Rs485.Addresses,
            (stack.Line(DeviceStack.Rs485)?.Devices ?? []).Select(d => new Rs485DeviceEntry(d.Unit, d.Model, d.Serial)).ToList());
}
