namespace SmartGateway.Generator.Model;

/// <summary>
/// An SG#### finding as plain data: where (path, character offset, 0-based line and column) and what.
/// The Roslyn <c>Location</c> is made from it only when the finding is reported, so the model stays
/// equatable and holds nothing of a compilation.
/// </summary>
internal sealed record DiagnosticInfo(string Code, bool IsError, string Message, string Path, int Offset, int Line, int Column);
