namespace SmartGateway.Compiler.Diagnostics;

/// <summary>A catalogue entry: stable code, severity and a message format ({0}, {1} … are arguments).</summary>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string Format)
{
    public Diagnostic At(SourceSpan span, params object[] args) =>
        new(this, span, args.Length == 0 ? Format : string.Format(System.Globalization.CultureInfo.InvariantCulture, Format, args));
}
