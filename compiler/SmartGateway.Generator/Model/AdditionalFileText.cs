namespace SmartGateway.Generator.Model;

/// <summary>An additional file as plain data (path and text), so a collected set of them compares by content.</summary>
internal sealed record AdditionalFileText(string Path, string Text);
