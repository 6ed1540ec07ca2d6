namespace SmartGateway.Generator.Model;

/// <summary>
/// Everything the emitter needs for one file, and nothing else: strings, bytes and numbers compared by
/// value (records over <see cref="EquatableArray{T}"/>). It must never hold an ISymbol, Compilation,
/// SyntaxNode or Location: those would make every edit look like a change and keep old compilations alive.
/// </summary>
internal sealed record RuleImageSpec(
    string Path,
    string FileName,
    RuleFileKind Kind,
    string ClassName,
    EquatableArray<byte> Image,
    EquatableArray<NamedIndex> Automations,
    EquatableArray<NamedIndex> Inputs,
    string NativeSource,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public bool HasImage => Image.Count > 0;
}
