using System.Text;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Formatting;
using SmartGateway.Compiler.Tariffs;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Rules;

/// <summary>
/// Text DSL ↔ JSON through the compiler's canonical formatters, for the web UI's view switch. Nothing
/// is stored or run; a source with errors gives its diagnostics instead.
/// </summary>
public static class SourceConverter
{
    public sealed record Converted(string? Source, string Format, IReadOnlyList<RuleDiagnostic> Diagnostics);

    public static Converted Automations(string source, RuleSourceFormat from, bool toJson, CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag();
        string path = from == RuleSourceFormat.Json ? "automations.json" : "automations.sgr";
        BoundRuleSet rules = Compilation.Bind(path, Encoding.UTF8.GetBytes(source), diagnostics, cancellationToken);
        string? text = diagnostics.HasErrors ? null : toJson ? JsonFormatter.Format(rules) : DslFormatter.Format(rules);
        return new Converted(text, toJson ? "json" : "text", diagnostics.Items.Select(RuleHost.ToRuleDiagnostic).ToList());
    }

    public static Converted Tariffs(string source, bool toJson, CancellationToken cancellationToken = default)
    {
        string path = source.TrimStart().StartsWith('{') ? "tariffs.json" : "tariffs.sgt";
        TariffCompilation compiled = TariffCompiler.Compile(path, source, cancellationToken);
        string? text = compiled.Model == null || compiled.Diagnostics.HasErrors ? null
            : toJson ? TariffFormatter.ToJson(compiled.Model) : TariffFormatter.ToDsl(compiled.Model);
        return new Converted(text, toJson ? "json" : "text", compiled.Diagnostics.Items.Select(RuleHost.ToRuleDiagnostic).ToList());
    }
}
