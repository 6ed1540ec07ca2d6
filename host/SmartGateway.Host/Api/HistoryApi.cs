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
        var api = app.MapGroup("/api").WithTags("History");
        api.MapGet("/history", GetHistory).WithName(nameof(GetHistory)).WithSummary("Stored input history files (one trace per day and rule image)");
        api.MapGet("/history/{name}", GetHistoryFile).WithName(nameof(GetHistoryFile)).WithSummary("One history file as a trace CSV");
        api.MapPost("/history/{name}/replay", Replay).WithName(nameof(Replay))
            .WithSummary("Run rules (text/plain DSL or application/json) over a history file and report what each target would have done")
            .Accepts<string>("text/plain", "application/json");
        return app;
    }

    public static Ok<HistoryResponse> GetHistory(InputHistory history) =>
        TypedResults.Ok(new HistoryResponse(history.Files().Select(f => new HistoryEntry(f.Name, f.Bytes, f.Modified)).ToList()));

    public static Results<PhysicalFileHttpResult, NotFound> GetHistoryFile(string name, InputHistory history) =>
        history.PathOf(name) is string path ? TypedResults.PhysicalFile(path, "text/csv; charset=utf-8", name) : TypedResults.NotFound();

    /// <summary>200 with the replay report; 404 for an unknown file; 422 when the rules or the file have errors.</summary>
    public static async Task<Results<ContentHttpResult, NotFound, UnprocessableEntity<SourceUpdateResponse>>> Replay(
        string name, HttpRequest request, InputHistory history, CalendarClock clock)
    {
        if (history.PathOf(name) is not string path) return TypedResults.NotFound();
        bool json = request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;
        using var reader = new StreamReader(request.Body);
        string source = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        CompilationResult compiled = Compilation.Compile(json ? "rules.json" : "rules.sgr", Encoding.UTF8.GetBytes(source));
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(compiled.Diagnostics);
        Image? image = null;
        if (compiled.Image != null) Verifier.Load(compiled.Image, out image);
        Trace? trace = image == null ? null : TraceReader.Read(name, await File.ReadAllTextAsync(path, request.HttpContext.RequestAborted), diagnostics);
        if (image == null || trace == null)
        {
            return TypedResults.UnprocessableEntity(new SourceUpdateResponse(false, null,
                diagnostics.Items.Select(d => AutomationsApi.ToEntry(RuleHost.ToRuleDiagnostic(d))).ToList()));
        }
        return TypedResults.Text(ReplayFormatter.Json(ReplayReport.Run(image, trace, clock.Calendar)), "application/json", Encoding.UTF8);
    }
}
