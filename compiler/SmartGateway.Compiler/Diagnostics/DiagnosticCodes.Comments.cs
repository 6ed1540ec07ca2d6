namespace SmartGateway.Compiler.Diagnostics;

public static partial class DiagnosticCodes
{
    // Comments carried by the automation JSON (docs/FORMATS.md, "Comments")
    public static readonly DiagnosticDescriptor JsonBadComment = Error("SG0111", "{0}: a comment starts with # or // and stays on one line (\"\" is a blank line)");
}
