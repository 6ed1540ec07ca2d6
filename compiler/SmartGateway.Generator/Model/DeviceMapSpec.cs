namespace SmartGateway.Generator.Model;

/// <summary>
/// One device map file compiled for the emitter: the generated class's name, its C# source (empty when the
/// map has errors) and the findings, all compared by value so an unchanged map is not regenerated.
/// </summary>
internal sealed record DeviceMapSpec(string ClassName, string Source, EquatableArray<DiagnosticInfo> Diagnostics);
