namespace SmartGateway.Compiler.Diagnostics;

/// <summary>
/// One finding, printed in the compiler convention editors and CI annotate:
/// <c>path(line,col): error SG1234: message</c>.
/// </summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceSpan Span, string Message)
{
    public Severity Severity => Descriptor.Severity;
    public string Code => Descriptor.Code;
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{Span}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
