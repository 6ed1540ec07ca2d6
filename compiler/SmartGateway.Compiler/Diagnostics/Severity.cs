namespace SmartGateway.Compiler.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
