using Microsoft.AspNetCore.Http.HttpResults;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Api;

/// <summary>Counters assigned to tariffs (§4.1.4): which tariffs a meter's counter counts in, and the gateway's
/// register of what it counted there.</summary>
public static class TariffCountersApi
{
    public static IEndpointRouteBuilder MapTariffCountersApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags("Counters");
        api.MapGet("/tariff_counters/{i:int}", GetTariffCounters).WithName(nameof(GetTariffCounters))
            .WithSummary("A meter's counters assigned to tariffs, with their registers");
        api.MapPost("/tariff_counters/{i:int}", AssignTariffCounter).WithName(nameof(AssignTariffCounter))
            .WithSummary("Assign a counter to tariffs 1–5 (an empty list unassigns it)").Accepts<TariffCounterRequest>(MediaTypes.Json);
        return app;
    }

    public static Results<Ok<TariffCountersResponse>, NotFound<ApiError>> GetTariffCounters(
        int i, IDeviceDirectory directory, IMeasurementSource source, SettingsStore settings, TariffCounterBook book)
    {
        if (MeasurementsApi.Resolve(i, directory) is not DeviceSlot slot)
            return ApiResults.NotFound($"metering index {i} holds no meter (0 = left IR, 1..16 = RS485 devices)");
        return TypedResults.Ok(Answer(i, slot, source, settings, book));
    }

    public static async Task<Results<Ok<TariffCountersResponse>, NotFound<ApiError>, BadRequest<ApiError>>> AssignTariffCounter(
        int i, HttpRequest request, IDeviceDirectory directory, IMeasurementSource source, SettingsStore settings, TariffCounterBook book)
    {
        if (MeasurementsApi.Resolve(i, directory) is not DeviceSlot slot)
            return ApiResults.NotFound($"metering index {i} holds no meter (0 = left IR, 1..16 = RS485 devices)");
        (TariffCounterRequest? body, string? error) = await ApiResults.ReadJsonAsync(request, ApiJsonContext.Default.TariffCounterRequest);
        if (body is null) return ApiResults.BadRequest(error!);
        var others = settings.Current.CounterTariffs
            .Where(a => !(a.Slot == slot.Slot && a.CounterKind == body.CounterKind && a.Counter == body.Counter)).ToList();
        if (body.Tariffs.Count > 0)
            others.Add(new CounterTariffSettings { Slot = slot.Slot, CounterKind = body.CounterKind, Counter = body.Counter, Tariffs = [.. body.Tariffs.Order()] });
        GatewaySettings updated = settings.Current with { CounterTariffs = others };
        if (SettingsPatch.Validate(updated) is string invalid) return ApiResults.BadRequest(invalid);
        settings.Save(updated);
        return TypedResults.Ok(Answer(i, slot, source, settings, book));
    }

    private static TariffCountersResponse Answer(int index, DeviceSlot slot, IMeasurementSource source, SettingsStore settings, TariffCounterBook book)
    {
        DeviceCounters? counters = source.Counters(slot.Slot);
        var entries = settings.Current.CounterTariffs.Where(a => a.Slot == slot.Slot).Select(a =>
        {
            IReadOnlyList<EnergyCounter>? list = a.CounterKind == "resettable" ? counters?.Resettable : counters?.NonResettable;
            string unit = list != null && a.Counter <= list.Count ? list[a.Counter - 1].Unit : "Wh";
            IReadOnlyList<double>? registers = book.Registers(a);
            double? value = registers == null ? null : a.Tariffs.Sum(t => registers[t - 1]);
            return new TariffCounterEntry(a.CounterKind, a.Counter, a.Tariffs, unit, value, registers);
        }).ToList();
        return new TariffCountersResponse(index, entries);
    }
}
