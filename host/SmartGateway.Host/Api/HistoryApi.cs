using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Traces;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Rules;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Host.Api;

/// <summary>
/// Stored input history and replay: "what would last week have looked like" — any rule set run over
/// what the gateway really measured, reporting what each relay would have done (the same report as
/// <c>sgc replay</c>, which also reads these files).
/// </summary>
public static class HistoryApi
{
    public static IEndpointRouteBuilder MapHistoryApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags("History");
        api.MapGet("/history", GetHistory).WithName(nameof(GetHistory)).WithSummary("Stored input history files (one trace per day and rule image)");
        api.MapGet("/history/{name}", GetHistoryFile).WithName(nameof(GetHistoryFile)).WithSummary("One history file as a trace CSV");
        api.MapPost("/history/{name}/replay", Replay).WithName(nameof(Replay))
            .WithSummary("Run rules (text/plain DSL or application/json) over a history file and report what each target would have done")
            .Accepts<string>(MediaTypes.Dsl, MediaTypes.Json).WithBodyLimit(BodyLimit.Source);
        return app;
    }

    public static Ok<HistoryResponse> GetHistory(InputHistory history) =>
        TypedResults.Ok(new HistoryResponse(history.Files().Select(f => new HistoryEntry(f.Name, f.Bytes, f.Modified)).ToList()));

    public static Results<PhysicalFileHttpResult, NotFound<ApiError>> GetHistoryFile(string name, InputHistory history) =>
        history.PathOf(name) is string path ? TypedResults.PhysicalFile(path, "text/csv; charset=utf-8", name) : ApiResults.NotFound($"no history file {name}");

    /// <summary>200 with the replay report; 404 for an unknown file; 422 when the rules or the file have errors.
    /// Compiling and replaying run in the <see cref="CompileGate"/>: a day of history is 86,400 ticks.</summary>
    public static async Task<Results<ContentHttpResult, NotFound<ApiError>, UnprocessableEntity<SourceUpdateResponse>, BadRequest<ApiError>>> Replay(
        string name, HttpRequest request, InputHistory history, CalendarClock clock, CompileGate gate)
    {
        if (history.PathOf(name) is not string path) return ApiResults.NotFound($"no history file {name}");
        (string? source, bool json, string? error) = await ApiResults.ReadSourceAsync(request);
        if (source is null) return ApiResults.BadRequest(error!);
        (string? report, DiagnosticBag? diagnostics) = await gate.RunAsync(token => Run(name, path, source, json, clock, token), request.HttpContext.RequestAborted);
        if (report is null)
        {
            return TypedResults.UnprocessableEntity(new SourceUpdateResponse(false, null,
                diagnostics.Items.Select(d => AutomationsApi.ToEntry(RuleHost.ToRuleDiagnostic(d))).ToList()));
        }
        return TypedResults.Text(report, "application/json", Encoding.UTF8);
    }

    private static (string? Report, DiagnosticBag Diagnostics) Run(string name, string path, string source, bool json, CalendarClock clock, CancellationToken token)
    {
        CompilationResult compiled = Compilation.Compile(json ? "rules.json" : "rules.sgr", Encoding.UTF8.GetBytes(source), token);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(compiled.Diagnostics);
        Image? image = null;
        if (compiled.Image != null) Verifier.Load(compiled.Image, out image);
        Trace? trace = image == null ? null : TraceReader.Read(name, File.ReadAllText(path), diagnostics);
        token.ThrowIfCancellationRequested();
        return image == null || trace == null ? (null, diagnostics) : (ReplayFormatter.Json(ReplayReport.Run(image, trace, clock.Calendar)), diagnostics);
    }
}
