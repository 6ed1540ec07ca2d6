namespace SmartGateway.Generator.Model;

/// <summary>One additional file the generator compiles: its path, its kind and its text (strings only, so it caches).</summary>
internal sealed record RuleFileInput(string Path, RuleFileKind Kind, string Text);
