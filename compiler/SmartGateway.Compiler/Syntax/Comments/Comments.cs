namespace SmartGateway.Compiler.Syntax.Comments;

/// <summary>
/// The comments of one construct: whole-line comments before it (with "" for a blank line between them,
/// or between the last of them and the construct) and the comment at the end of its line. Each keeps its
/// marker (<c>#</c> or <c>//</c>), so DSL → JSON → DSL gives back the same text.
/// </summary>
public sealed record Comments(IReadOnlyList<string> Before, string? After)
{
    public static readonly Comments None = new([], null);

    public bool IsEmpty => Before.Count == 0 && After == null;
}
