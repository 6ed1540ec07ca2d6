namespace SmartGateway.Generator.Model;

/// <summary>The golden-trace source for a project's rule tests (empty when it has none) and the findings reading them.</summary>
internal sealed record GoldenTraceSpec(string Source, EquatableArray<DiagnosticInfo> Diagnostics);
