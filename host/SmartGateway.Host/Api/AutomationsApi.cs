using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Rules;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Api;

/// <summary>The automations (§4.5): current source, compile-and-swap, live preview.</summary>
public static class AutomationsApi
{
    /// <summary>Most automations one preview answer holds (?offset= pages through the rest).</summary>
    public const int PreviewPage = 100;

    public static IEndpointRouteBuilder MapAutomationsApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags("Automations");

        api.MapGet("/automations", GetAutomations).WithName(nameof(GetAutomations)).WithSummary("The automations source in force");
        api.MapPost("/automations", PostAutomations).WithName(nameof(PostAutomations))
            .WithSummary($"Compile, verify and swap in new automations ({MediaTypes.Dsl} = DSL, {MediaTypes.Json} = JSON)")
            .Accepts<string>(MediaTypes.Dsl, MediaTypes.Json).WithBodyLimit(BodyLimit.Source);
        api.MapPost("/automations/{index:int}/enabled", SetAutomationEnabled).WithName(nameof(SetAutomationEnabled))
            .WithSummary("Enable or disable one automation (a minimal edit of the stored source, then compile and swap)")
            .Accepts<AutomationEnabledRequest>(MediaTypes.Json);
        api.MapGet("/automations/preview", GetPreview).WithName(nameof(GetPreview))
            .WithSummary($"Live preview of every block (?offset=, ?limit= up to {PreviewPage} automations a page)")
            .Produces<PreviewResponse>();
        api.MapPost("/automations/convert", ConvertAutomations).WithName(nameof(ConvertAutomations))
            .WithSummary("Canonical DSL (?to=text) or JSON (?to=json) of a source; nothing is stored")
            .Accepts<string>(MediaTypes.Dsl, MediaTypes.Json).WithBodyLimit(BodyLimit.Source);
        return app;
    }

    public static Ok<AutomationsResponse> GetAutomations(IRuleEngine rules)
    {
        RuleSourceView current = rules.Current;
        return TypedResults.Ok(new AutomationsResponse(current.Source, current.Format == RuleSourceFormat.Json ? "json" : "text",
            current.ImageHash, current.Running));
    }

    /// <summary>422 when the source is refused: the previous automations keep running. The compiler runs
    /// in the <see cref="CompileGate"/>, never on the request's or the tick's thread.</summary>
    public static async Task<Results<Ok<SourceUpdateResponse>, UnprocessableEntity<SourceUpdateResponse>, BadRequest<ApiError>>> PostAutomations(
        HttpRequest request, IRuleEngine rules, CompileGate gate, EventLog log)
    {
        (string? source, bool json, string? error) = await ApiResults.ReadSourceAsync(request);
        if (source is null) return ApiResults.BadRequest(error!);
        RuleSourceFormat format = json ? RuleSourceFormat.Json : RuleSourceFormat.Text;
        RuleSwapResult result = await gate.RunAsync(token => rules.CompileAndSwapAsync(source, format, token).GetAwaiter().GetResult(),
            request.HttpContext.RequestAborted);
        var response = new SourceUpdateResponse(result.Accepted, result.ImageHash, result.Diagnostics.Select(ToEntry).ToList());
        log.Append(result.Accepted ? EventLog.Info : EventLog.Error, "automations",
            result.Accepted ? "new automations in force" : $"automations refused ({result.Diagnostics.Count} diagnostics); the previous ones keep running");
        return result.Accepted ? TypedResults.Ok(response) : TypedResults.UnprocessableEntity(response);
    }

    /// <summary>404 when there is no automation at that index, 409 when the source in force cannot be edited
    /// (it does not parse), 422 with the diagnostics when the edited source is refused.</summary>
    public static async Task<Results<Ok<AutomationEnabledResponse>, BadRequest<ApiError>, NotFound<ApiError>, JsonHttpResult<ApiError>,
        UnprocessableEntity<SourceUpdateResponse>>> SetAutomationEnabled(int index, HttpRequest request, AutomationSwitch automations)
    {
        (AutomationEnabledRequest? body, string? error) = await ApiResults.ReadJsonAsync(request, ApiJsonContext.Default.AutomationEnabledRequest);
        if (body is null) return ApiResults.BadRequest(error!);
        if (body.Enabled is not bool enabled) return ApiResults.BadRequest("\"enabled\" must be true or false");
        AutomationSwitchResult result = await automations.SetEnabledAsync(index, enabled, request.HttpContext.RequestAborted);
        return result.Outcome switch
        {
            AutomationSwitchOutcome.NotFound => ApiResults.NotFound(result.Error!),
            AutomationSwitchOutcome.NotEditable => ApiResults.Error(409, "Conflict", result.Error!),
            AutomationSwitchOutcome.Refused => TypedResults.UnprocessableEntity(
                new SourceUpdateResponse(false, null, result.Swap!.Diagnostics.Select(ToEntry).ToList())),
            _ => TypedResults.Ok(new AutomationEnabledResponse(index, result.Name!, result.Enabled, result.Swap?.ImageHash)),
        };
    }

    public static Results<Ok<JsonObject>, BadRequest<ApiError>> GetPreview(IRuleEngine rules, int? offset, int? limit)
    {
        if (offset < 0) return ApiResults.BadRequest("offset must be 0 or more");
        if (limit is < 1 or > PreviewPage) return ApiResults.BadRequest($"limit must be 1..{PreviewPage}");
        return TypedResults.Ok(rules.Preview(offset ?? 0, limit ?? PreviewPage));
    }

    public static async Task<Results<Ok<ConvertResponse>, UnprocessableEntity<SourceUpdateResponse>, BadRequest<ApiError>>> ConvertAutomations(
        HttpRequest request, string? to, CompileGate gate)
    {
        (string? source, bool json, string? error) = await ApiResults.ReadSourceAsync(request);
        if (source is null) return ApiResults.BadRequest(error!);
        RuleSourceFormat from = json ? RuleSourceFormat.Json : RuleSourceFormat.Text;
        return Converted(await gate.RunAsync(token => SourceConverter.Automations(source, from, to == "json", token), request.HttpContext.RequestAborted));
    }

    /// <summary>200 with the converted source, or 422 with the diagnostics that prevented it.</summary>
    public static Results<Ok<ConvertResponse>, UnprocessableEntity<SourceUpdateResponse>, BadRequest<ApiError>> Converted(SourceConverter.Converted converted) =>
        converted.Source is null
            ? TypedResults.UnprocessableEntity(new SourceUpdateResponse(false, null, converted.Diagnostics.Select(ToEntry).ToList()))
            : TypedResults.Ok(new ConvertResponse(converted.Source, converted.Format));

    public static DiagnosticEntry ToEntry(RuleDiagnostic d) => new(d.Severity, d.Code, d.Message, d.Line, d.Column);
}
