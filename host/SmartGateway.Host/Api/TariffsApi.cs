using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Rules;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Api;

/// <summary>The tariff calendar source and the tariff in force now.</summary>
public static class TariffsApi
{
    public static IEndpointRouteBuilder MapTariffsApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags("Tariffs");

        api.MapGet("/tariffs", GetTariffs).WithName(nameof(GetTariffs)).WithSummary("Tariff calendar source and active tariff");
        api.MapPost("/tariffs/convert", ConvertTariffs).WithName(nameof(ConvertTariffs))
            .WithSummary("Canonical DSL (?to=text) or JSON (?to=json) of a tariff calendar; nothing is stored")
            .Accepts<string>(MediaTypes.Dsl, MediaTypes.Json).WithBodyLimit(BodyLimit.Source);
        api.MapPost("/tariffs", PostTariffs).WithName(nameof(PostTariffs)).WithSummary("Replace the tariff calendar")
            .Accepts<string>(MediaTypes.Dsl, MediaTypes.Json).WithBodyLimit(BodyLimit.Source);
        return app;
    }

    public static Ok<TariffsResponse> GetTariffs(SourceStore sources, ITariffClock clock, TimeProvider time)
    {
        TariffNow now = clock.Now(time.GetUtcNow());
        return TypedResults.Ok(new TariffsResponse(sources.Get(SourceStore.Tariffs)?.Text ?? "", now.ActiveTariff,
            now.LocalTime.ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture)));
    }

    public static async Task<Results<Ok<ConvertResponse>, UnprocessableEntity<SourceUpdateResponse>, BadRequest<ApiError>>> ConvertTariffs(
        HttpRequest request, string? to, CompileGate gate)
    {
        (string? source, bool _, string? error) = await ApiResults.ReadSourceAsync(request);
        if (source is null) return ApiResults.BadRequest(error!);
        return AutomationsApi.Converted(await gate.RunAsync(token => SourceConverter.Tariffs(source, to == "json", token), request.HttpContext.RequestAborted));
    }

    /// <summary>The source is stored only when the calendar accepts it; otherwise the old one stays.</summary>
    public static async Task<Results<Ok<SourceUpdateResponse>, UnprocessableEntity<SourceUpdateResponse>, BadRequest<ApiError>>> PostTariffs(
        HttpRequest request, SourceStore sources, ITariffClock clock, CompileGate gate)
    {
        (string? source, bool _, string? error) = await ApiResults.ReadSourceAsync(request);
        if (source is null) return ApiResults.BadRequest(error!);
        TariffLoadResult result = await gate.RunAsync(token => clock.Load(source, token), request.HttpContext.RequestAborted);
        var response = new SourceUpdateResponse(result.Accepted, null, result.Diagnostics.Select(AutomationsApi.ToEntry).ToList());
        if (!result.Accepted) return TypedResults.UnprocessableEntity(response);
        string format = request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true ? "json" : "text";
        sources.Save(SourceStore.Tariffs, source, format);
        return TypedResults.Ok(response);
    }
}
