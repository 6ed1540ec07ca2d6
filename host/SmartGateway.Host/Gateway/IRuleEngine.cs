namespace SmartGateway.Host.Gateway;

public enum RuleSourceFormat { Text, Json }

/// <summary>One compiler message, located in the submitted source.</summary>
public sealed record RuleDiagnostic(string Severity, string Code, string Message, int Line, int Column);

/// <summary>The outcome of compile-and-swap: on refusal the previous image keeps running.</summary>
public sealed record RuleSwapResult(bool Accepted, string? ImageHash, IReadOnlyList<RuleDiagnostic> Diagnostics);

/// <summary>The automations source currently in force and the hash of its image.</summary>
public sealed record RuleSourceView(string Source, RuleSourceFormat Format, string? ImageHash, bool Running);

/// <summary>The user automations: current source, compile → verify → atomic swap at a tick boundary, live preview.</summary>
/// <remarks>Implemented by <see cref="Rules.RuleHost"/> (compiler + runtime interpreter).</remarks>
public interface IRuleEngine
{
    RuleSourceView Current { get; }

    Task<RuleSwapResult> CompileAndSwapAsync(string source, RuleSourceFormat format, CancellationToken cancellationToken);

    /// <summary>Every block's truth value, inputs, band edges, timers and hysteresis state, as a JSON tree, for
    /// the automations <paramref name="offset"/> … <paramref name="offset"/> + <paramref name="limit"/> − 1.</summary>
    System.Text.Json.Nodes.JsonObject Preview(int offset, int limit);
}
