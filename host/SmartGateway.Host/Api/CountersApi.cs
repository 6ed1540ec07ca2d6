using Microsoft.AspNetCore.Http.HttpResults;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Api;

/// <summary>Energy counters by metering index, values as JSON numbers in Wh/varh/VAh.</summary>
public static class CountersApi
{
    /// <summary>Home Assistant looks at the first 4 non-resettable and 8 resettable counters.</summary>
    public const int NonResettableLimit = 4;
    public const int ResettableLimit = 8;

    public static IEndpointRouteBuilder MapCountersApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags("Counters");

        api.MapGet("/counter/{i:int}", GetCounters).WithName(nameof(GetCounters))
            .WithSummary("Energy counters of a meter (Home Assistant's spelling)");
        api.MapGet("/counters/{i:int}", GetCounters).WithName("GetCountersPlural")
            .WithSummary("Energy counters of a meter (the manual's spelling)");
        return app;
    }

    public static Results<Ok<CountersResponse>, NotFound<ApiError>, JsonHttpResult<ApiError>> GetCounters(
        int i, IDeviceDirectory directory, IMeasurementSource source)
    {
        if (MeasurementsApi.Resolve(i, directory) is not DeviceSlot slot)
            return ApiResults.NotFound($"metering index {i} holds no meter (0 = left IR, 1..16 = RS485 devices)");
        if (source.Counters(slot.Slot) is not DeviceCounters counters)
            return ApiResults.Error(503, "Service Unavailable", $"{slot.Interface} ({slot.Model}) has not been read yet");
        return TypedResults.Ok(new CountersResponse(new CounterLists(
            Entries(counters.NonResettable, NonResettableLimit), Entries(counters.Resettable, ResettableLimit))));
    }

    public static IReadOnlyList<CounterEntry> Entries(IReadOnlyList<EnergyCounter> counters, int limit) =>
        counters.Take(limit).Select(c => new CounterEntry(c.Name, c.Value, c.Unit, c.Direction)).ToList();
}
