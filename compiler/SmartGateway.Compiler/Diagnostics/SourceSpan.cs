namespace SmartGateway.Compiler.Diagnostics;

/// <summary>Where something is in a source file: 1-based line and column.</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    public static SourceSpan None(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}({Line},{Column})";
}
