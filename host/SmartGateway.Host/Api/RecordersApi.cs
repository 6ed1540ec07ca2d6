using Microsoft.AspNetCore.Http.HttpResults;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Api;

/// <summary>Recorders (§4.1.2.5, §4.1.6), the load profile (§4.1.5) and the event log.</summary>
public static class RecordersApi
{
    public static IEndpointRouteBuilder MapRecordersApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags("Recorders");

        api.MapGet("/recorders", GetRecorders).WithName(nameof(GetRecorders)).WithSummary("The configured recorders");
        api.MapGet("/recorder/{id:int}", GetRecorderData).WithName(nameof(GetRecorderData))
            .WithSummary("Recorder readings (period = daily, monthly or yearly)");
        api.MapGet("/recorder/{id:int}/csv", GetRecorderCsv).WithName(nameof(GetRecorderCsv)).WithSummary("Recorder readings as CSV");
        api.MapDelete("/recorder/{id:int}", ClearRecorder).WithName(nameof(ClearRecorder)).WithSummary("Delete a recorder's readings (the Clear button)");

        // The manual writes /api/load_profile{id}; /api/load_profile/{id} is served too.
        api.MapGet("/load_profile/{i:int}", GetLoadProfile).WithName(nameof(GetLoadProfile))
            .WithSummary("15-minute load profile of a meter (hours = how far back, default 24)");
        api.MapGet("/load_profile{i:int}", GetLoadProfile).WithName("GetLoadProfileManualSpelling")
            .WithSummary("15-minute load profile of a meter (the manual's spelling)");

        api.MapDelete("/load_profile/{i:int}", ClearLoadProfile).WithName(nameof(ClearLoadProfile))
            .WithSummary("Delete the gateway's recorded load profile of a meter (the Clear button)");

        api.MapGet("/events", GetEvents).WithName(nameof(GetEvents)).WithSummary("Event and error log (level = info or error)");
        return app;
    }

    public static Ok<RecordersResponse> GetRecorders(SettingsStore settings) =>
        TypedResults.Ok(new RecordersResponse(settings.Current.Recorders
            .Select((r, n) => new RecorderEntry(n + 1, r.Enabled, r.Source, r.Slot, r.CounterKind, r.Counter)).ToList()));

    public static Results<Ok<RecorderDataResponse>, NotFound<ApiError>, BadRequest<ApiError>> GetRecorderData(
        int id, string? period, SettingsStore settings, RecorderStore recorders)
    {
        string chosen = period ?? RecorderPeriod.Daily;
        if (!RecorderPeriod.IsKnown(chosen)) return ApiResults.BadRequest("period must be daily, monthly or yearly");
        if (id < 1 || id > settings.Current.Recorders.Count) return ApiResults.NotFound($"recorder {id} is not configured");
        var values = recorders.Values(id, chosen).Select(v => new RecorderPoint(v.Date, v.Value, v.Unit)).ToList();
        return TypedResults.Ok(new RecorderDataResponse(id, chosen, values));
    }

    public static Results<ContentHttpResult, NotFound<ApiError>, BadRequest<ApiError>> GetRecorderCsv(
        int id, string? period, SettingsStore settings, RecorderStore recorders)
    {
        string chosen = period ?? RecorderPeriod.Daily;
        if (!RecorderPeriod.IsKnown(chosen)) return ApiResults.BadRequest("period must be daily, monthly or yearly");
        if (id < 1 || id > settings.Current.Recorders.Count) return ApiResults.NotFound($"recorder {id} is not configured");
        return TypedResults.Text(RecorderStore.ToCsv(recorders.Values(id, chosen)), "text/csv; charset=utf-8");
    }

    public static Results<NoContent, NotFound<ApiError>> ClearRecorder(int id, SettingsStore settings, RecorderStore recorders)
    {
        if (id < 1 || id > settings.Current.Recorders.Count) return ApiResults.NotFound($"recorder {id} is not configured");
        recorders.Clear(id);
        return TypedResults.NoContent();
    }

    public static Results<NoContent, NotFound<ApiError>> ClearLoadProfile(int i, IDeviceDirectory directory, LoadProfileStore loadProfile)
    {
        if (MeasurementsApi.Resolve(i, directory) is not DeviceSlot slot) return ApiResults.NotFound($"metering index {i} holds no meter");
        loadProfile.Clear(slot.Slot);
        return TypedResults.NoContent();
    }

    public static Results<Ok<LoadProfileResponse>, NotFound<ApiError>, BadRequest<ApiError>> GetLoadProfile(
        int i, int? hours, IDeviceDirectory directory, LoadProfileStore loadProfile, HistorySampler sampler, ITariffClock clock, TimeProvider time)
    {
        if (MeasurementsApi.Resolve(i, directory) is not DeviceSlot slot)
            return ApiResults.NotFound($"metering index {i} holds no meter");
        int span = hours ?? 24;
        if (span is < 1 or > LoadProfileStore.RetentionDays * 24)
            return ApiResults.BadRequest($"hours must be 1..{LoadProfileStore.RetentionDays * 24}");
        DateTimeOffset now = time.GetUtcNow();
        var entries = loadProfile.Range(slot.Slot, now.AddHours(-span), now)
            .Select(e => Point(e, clock, partial: false)).ToList();
        // The running interval as a partial bar, so the profile shows from the first minutes on.
        if (sampler.Running(slot.Slot, now) is LoadProfileEntry running) entries.Add(Point(running, clock, partial: true));
        return TypedResults.Ok(new LoadProfileResponse(i, LocalText(clock.Now(now).LocalTime), entries));
    }

    /// <summary>The tariff of an interval is the one in force at its middle (tariffs change on the hour, intervals are 15 minutes).</summary>
    private static LoadProfilePoint Point(LoadProfileEntry e, ITariffClock clock, bool partial) =>
        new(e.IntervalEnd, LocalText(clock.Now(e.IntervalEnd).LocalTime), clock.Now(e.IntervalEnd.AddMinutes(-7.5)).ActiveTariff,
            e.ImportWh, e.ExportWh, e.AverageW, partial);

    private static string LocalText(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    public static Results<Ok<EventsResponse>, BadRequest<ApiError>> GetEvents(string? level, int? count, EventLog log)
    {
        if (level is not (null or EventLog.Info or EventLog.Error)) return ApiResults.BadRequest("level must be info or error");
        int n = count ?? 100;
        if (n is < 1 or > 1000) return ApiResults.BadRequest("count must be 1..1000");
        return TypedResults.Ok(new EventsResponse(log.Recent(n, level)
            .Select(e => new EventEntry(e.Id, e.Time, e.Level, e.Source, e.Message)).ToList()));
    }
}
