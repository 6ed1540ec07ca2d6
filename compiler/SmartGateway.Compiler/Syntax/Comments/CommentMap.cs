namespace SmartGateway.Compiler.Syntax.Comments;

/// <summary>
/// Every comment of a rule file, by the construct it belongs to (<see cref="CommentKeys"/>): both front
/// ends fill it, both formatters print from it, and the binder never sees it, so comments cannot change
/// what a rule means. <see cref="Header"/> is the file's opening comments (followed by a blank line),
/// <see cref="Trailer"/> those after its last construct.
/// </summary>
public sealed class CommentMap
{
    public static readonly CommentMap Empty = new();

    private readonly Dictionary<string, Comments> _byKey = new(StringComparer.Ordinal);

    public List<string> Header { get; } = [];

    public List<string> Trailer { get; } = [];

    public bool IsEmpty => _byKey.Count == 0 && Header.Count == 0 && Trailer.Count == 0;

    public Comments this[string key] => _byKey.TryGetValue(key, out Comments? comments) ? comments : Comments.None;

    public void Set(string key, Comments comments)
    {
        if (comments.IsEmpty) _byKey.Remove(key);
        else _byKey[key] = comments;
    }
}
