using Microsoft.AspNetCore.Http.HttpResults;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Api;

/// <summary>Bicom relays (§4.1.8): list with states, and control.</summary>
public static class BicomsApi
{
    public static IEndpointRouteBuilder MapBicomsApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags("Bicoms");

        api.MapGet("/bicoms", GetBicoms).WithName(nameof(GetBicoms)).WithSummary("Bicom relays and their states");
        api.MapPost("/bicom", ControlBicom).WithName(nameof(ControlBicom)).WithSummary("Switch a Bicom on, off or toggle it")
            .Accepts<BicomRequest>(MediaTypes.Json);
        return app;
    }

    public static Ok<BicomsResponse> GetBicoms(IBicomControl bicoms) =>
        TypedResults.Ok(new BicomsResponse(bicoms.States().Select(ToEntry).ToList()));

    public static async Task<Results<Ok<BicomEntry>, BadRequest<ApiError>, NotFound<ApiError>, JsonHttpResult<ApiError>>> ControlBicom(
        HttpRequest request, IDeviceDirectory directory, IBicomControl bicoms)
    {
        (BicomRequest? body, string? error) = await ApiResults.ReadJsonAsync(request, Contracts.ApiJsonContext.Default.BicomRequest);
        if (body is null) return ApiResults.BadRequest(error!);
        if (ParseCommand(body.Val) is not BicomCommand command) return ApiResults.BadRequest("val must be on, off or toggle");
        DeviceSlot? slot = body.Serial is string serial ? directory.BySerial(serial)
            : body.Addr is int addr ? directory.ByAddress(addr, bicom: true)
            : null;
        if (body.Serial is null && body.Addr is null) return ApiResults.BadRequest("name the Bicom by addr (0 = right IR) or serial");
        if (slot is not { IsBicom: true }) return ApiResults.NotFound("no Bicom with that address or serial number");
        try
        {
            return TypedResults.Ok(ToEntry(await bicoms.SwitchAsync(slot.Slot, command, request.HttpContext.RequestAborted)));
        }
        catch (DeviceException exception)
        {
            return ApiResults.Error(502, "Bicom did not switch", exception.Message);
        }
    }

    public static BicomCommand? ParseCommand(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "on" => BicomCommand.On,
        "off" => BicomCommand.Off,
        "toggle" => BicomCommand.Toggle,
        _ => null,
    };

    public static string StateText(bool? on) => on switch { true => "on", false => "off", null => "unknown" };

    private static BicomEntry ToEntry(BicomState state) =>
        new(state.Interface, state.Address, state.Model, state.Serial, StateText(state.On));
}
