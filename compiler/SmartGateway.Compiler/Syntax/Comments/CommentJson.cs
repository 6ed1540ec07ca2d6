using System.Text.Json;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Syntax.Json;

namespace SmartGateway.Compiler.Syntax.Comments;

/// <summary>
/// The JSON "comments" members (docs/FORMATS.md, "Comments"), read into and written from a
/// <see cref="CommentMap"/> the same way for every format: on a node <c>{"before": […], "after": "…"}</c>
/// plus one such object per line slot of its own, on the document <c>{"header": […], "trailer": […]}</c>
/// plus its slots.
/// </summary>
internal static class CommentJson
{
    /// <summary>A node's "comments" member, and its line slots (keyed under <paramref name="key"/>) when given.</summary>
    public static void Read(JsonObjectReader r, string key, CommentMap comments, DiagnosticBag diagnostics,
        params (string Key, string Json)[] slots)
    {
        string[] allowed = ["before", "after", .. slots.Select(s => s.Json)];
        if (r.Nested("comments", allowed) is not { } c) return;
        comments.Set(key, ReadOne(c, diagnostics));
        ReadSlots(c, slot => CommentKeys.Slot(key, slot), comments, diagnostics, slots);
    }

    /// <summary>The document's "comments" member: header, trailer, and slots keyed by their own names.</summary>
    public static void ReadDocument(JsonObjectReader r, CommentMap comments, DiagnosticBag diagnostics,
        params (string Key, string Json)[] slots)
    {
        string[] allowed = ["header", "trailer", .. slots.Select(s => s.Json)];
        if (r.Nested("comments", allowed) is not { } c) return;
        comments.Header.AddRange(Lines(c, "header", diagnostics));
        comments.Trailer.AddRange(Lines(c, "trailer", diagnostics));
        ReadSlots(c, slot => slot, comments, diagnostics, slots);
    }

    private static void ReadSlots(JsonObjectReader c, Func<string, string> keyOf, CommentMap comments, DiagnosticBag diagnostics,
        (string Key, string Json)[] slots)
    {
        foreach ((string slot, string json) in slots)
        {
            if (c.Nested(json, "before", "after") is { } s) comments.Set(keyOf(slot), ReadOne(s, diagnostics));
        }
    }

    private static Comments ReadOne(JsonObjectReader c, DiagnosticBag diagnostics)
    {
        List<string> before = Lines(c, "before", diagnostics);
        JString? after = c.String("after", required: false);
        if (after != null && !IsComment(after.Value))
        {
            diagnostics.Add(DiagnosticCodes.JsonBadComment, after.Span, c.PathOf("after"));
            after = null;
        }
        return new Comments(before, after?.Value.TrimEnd());
    }

    /// <summary>Whole-line comments; "" stands for a blank line.</summary>
    private static List<string> Lines(JsonObjectReader r, string member, DiagnosticBag diagnostics)
    {
        var lines = new List<string>();
        IReadOnlyList<JNode> items = r.Items(member, required: false);
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is JString s && (s.Value.Length == 0 || IsComment(s.Value))) lines.Add(s.Value.TrimEnd());
            else diagnostics.Add(DiagnosticCodes.JsonBadComment, items[i].Span, $"{r.PathOf(member)}[{i}]");
        }
        return lines;
    }

    private static bool IsComment(string text) =>
        (text.StartsWith("#", StringComparison.Ordinal) || text.StartsWith("//", StringComparison.Ordinal)) && text.IndexOfAny(['\n', '\r']) < 0;

    /// <summary>The "comments" member of a node without line slots, when it has any.</summary>
    public static void Write(Utf8JsonWriter w, Comments comments)
    {
        if (comments.IsEmpty) return;
        w.WriteStartObject("comments");
        Members(w, comments);
        w.WriteEndObject();
    }

    /// <summary>The "comments" member of the node keyed <paramref name="key"/>, with its line slots, when any has comments.</summary>
    public static void Write(Utf8JsonWriter w, CommentMap comments, string key, params (string Key, string Json)[] slots)
    {
        var filled = slots.Select(s => (s.Json, Comments: comments[CommentKeys.Slot(key, s.Key)])).Where(s => !s.Comments.IsEmpty).ToList();
        Comments own = comments[key];
        if (own.IsEmpty && filled.Count == 0) return;
        w.WriteStartObject("comments");
        Members(w, own);
        WriteSlots(w, filled);
        w.WriteEndObject();
    }

    /// <summary>The document's "comments" member (header, trailer and its slots), when any has comments.</summary>
    public static void WriteDocument(Utf8JsonWriter w, CommentMap comments, params (string Key, string Json)[] slots)
    {
        var filled = slots.Select(s => (s.Json, Comments: comments[s.Key])).Where(s => !s.Comments.IsEmpty).ToList();
        if (comments.Header.Count == 0 && comments.Trailer.Count == 0 && filled.Count == 0) return;
        w.WriteStartObject("comments");
        Lines(w, "header", comments.Header);
        Lines(w, "trailer", comments.Trailer);
        WriteSlots(w, filled);
        w.WriteEndObject();
    }

    private static void WriteSlots(Utf8JsonWriter w, List<(string Json, Comments Comments)> slots)
    {
        foreach ((string json, Comments c) in slots)
        {
            w.WriteStartObject(json);
            Members(w, c);
            w.WriteEndObject();
        }
    }

    private static void Members(Utf8JsonWriter w, Comments comments)
    {
        Lines(w, "before", comments.Before);
        if (comments.After != null) w.WriteString("after", comments.After);
    }

    private static void Lines(Utf8JsonWriter w, string name, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) return;
        w.WriteStartArray(name);
        foreach (string line in lines) w.WriteStringValue(line);
        w.WriteEndArray();
    }
}
