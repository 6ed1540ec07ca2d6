using Microsoft.AspNetCore.Http.HttpResults;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Api;

/// <summary>Measurements by metering index (0 = left IR, k = RS485 device k), singular as Home Assistant
/// asks and plural as the manual writes.</summary>
public static class MeasurementsApi
{
    public static IEndpointRouteBuilder MapMeasurementsApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags("Measurements");

        api.MapGet("/measurement/{i:int}", GetMeasurements).WithName(nameof(GetMeasurements))
            .WithSummary("Instantaneous values of a meter (Home Assistant's spelling)");
        api.MapGet("/measurements/{i:int}", GetMeasurements).WithName("GetMeasurementsPlural")
            .WithSummary("Instantaneous values of a meter (the manual's spelling)");
        return app;
    }

    /// <summary><paramref name="format"/> = "object" gives numbers with units; anything else is an error, none the legacy strings.</summary>
    public static Results<Ok<MeasurementsResponse>, Ok<ObjectMeasurementsResponse>, NotFound<ApiError>, BadRequest<ApiError>, JsonHttpResult<ApiError>> GetMeasurements(
        int i, string? format, IDeviceDirectory directory, IMeasurementSource source)
    {
        if (format is not (null or "legacy" or "object")) return ApiResults.BadRequest("format must be legacy or object");
        if (Resolve(i, directory) is not DeviceSlot slot)
            return ApiResults.NotFound($"metering index {i} holds no meter (0 = left IR, 1..16 = RS485 devices)");
        // A listed meter is never 404 (Home Assistant would fail its setup): not read yet is "try again".
        if (source.Measurements(slot.Slot) is not DeviceMeasurements measurements)
            return ApiResults.Error(503, "Service Unavailable", $"{slot.Interface} ({slot.Model}) has not been read yet");
        return format == "object"
            ? TypedResults.Ok(new ObjectMeasurementsResponse(ObjectEncoding.Encode(measurements)))
            : TypedResults.Ok(new MeasurementsResponse(LegacyEncoding.Encode(measurements)));
    }

    /// <summary>The meter at a metering index, or null for an index out of range, an empty slot or a Bicom.</summary>
    public static DeviceSlot? Resolve(int index, IDeviceDirectory directory) =>
        directory.ByIndex(index) is { IsMeter: true } slot ? slot : null;
}
