using System.Text.Json;
using System.Text.Json.Nodes;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Gateway.Interim;

/// <summary>INTERIM: keeps the automations source (JSON is checked to be well-formed) but runs nothing.
/// Replace with the lead's RuleHost (compile → verify → swap at a tick boundary) when wiring.</summary>
public sealed class StoreOnlyRuleEngine(SourceStore sources) : IRuleEngine
{
    private static readonly RuleDiagnostic NotRunning =
        new("warning", "HOST001", "the rule compiler is not wired into this build: the source is stored but not run", 1, 1);

    public RuleSourceView Current
    {
        get
        {
            var stored = sources.Get(SourceStore.Automations);
            return stored is null
                ? new RuleSourceView("", RuleSourceFormat.Text, null, Running: false)
                : new RuleSourceView(stored.Text, stored.Format == "json" ? RuleSourceFormat.Json : RuleSourceFormat.Text, null, Running: false);
        }
    }

    public Task<RuleSwapResult> CompileAndSwapAsync(string source, RuleSourceFormat format, CancellationToken cancellationToken)
    {
        if (format == RuleSourceFormat.Json)
        {
            try
            {
                using var _ = JsonDocument.Parse(source);
            }
            catch (JsonException exception)
            {
                var line = (int)(exception.LineNumber ?? 0) + 1;
                var column = (int)(exception.BytePositionInLine ?? 0) + 1;
                return Task.FromResult(new RuleSwapResult(false, null,
                    [new RuleDiagnostic("error", "HOST002", "malformed JSON: " + exception.Message, line, column)]));
            }
        }
        sources.Save(SourceStore.Automations, source, format == RuleSourceFormat.Json ? "json" : "text");
        return Task.FromResult(new RuleSwapResult(true, null, [NotRunning]));
    }

    public JsonObject Preview() => new() { ["running"] = false, ["automations"] = new JsonArray() };
}
