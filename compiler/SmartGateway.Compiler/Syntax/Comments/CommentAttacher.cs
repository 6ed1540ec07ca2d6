namespace SmartGateway.Compiler.Syntax.Comments;

/// <summary>A place a comment can belong to: where a construct starts, and its <see cref="CommentMap"/> key.</summary>
internal readonly record struct CommentAnchor(int Line, int Column, string Key);

/// <summary>
/// Gives every comment of a parsed DSL file (rule set, tariff calendar or device map) to the construct it
/// belongs to (docs/FORMATS.md, "Comments"): a whole-line comment to the next construct (the outermost of
/// those starting at the same place), an end-of-line comment to the last construct starting before it (the
/// innermost), comments after the last construct to the file's trailer, and the first construct's comments
/// above a blank line to the header. Each front end names its constructs as anchors, outer ones before
/// inner ones; the rest is the same for every format. One pass over the text and one over the constructs.
/// </summary>
internal static class CommentAttacher
{
    private readonly record struct Found(int Line, int Column, string Text, bool OwnLine);

    public static CommentMap Attach(string text, IEnumerable<CommentAnchor> constructs)
    {
        List<Found> found = Scan(text, out List<bool> blank);
        if (found.Count == 0) return CommentMap.Empty;
        // Stable: among constructs starting at the same place, the outer one (named first) stays first.
        var anchors = constructs.OrderBy(a => a.Line).ThenBy(a => a.Column).ToList();
        string? first = anchors.Count > 0 ? anchors[0].Key : null;

        bool BlankBefore(int line) => line >= 2 && blank[line - 2];
        var before = new Dictionary<string, (List<string> Lines, int AnchorLine)>(StringComparer.Ordinal);
        var after = new Dictionary<string, string>(StringComparer.Ordinal);
        var map = new CommentMap();
        int next = 0;
        foreach (Found c in found)
        {
            while (next < anchors.Count && (anchors[next].Line < c.Line || (anchors[next].Line == c.Line && anchors[next].Column < c.Column))) next++;
            if (!c.OwnLine && next > 0)
            {
                string key = anchors[next - 1].Key;
                after[key] = after.TryGetValue(key, out string? earlier) ? $"{earlier} {c.Text}" : c.Text;
                continue;
            }
            List<string> lines;
            if (next < anchors.Count)
            {
                CommentAnchor a = anchors[next];
                if (!before.TryGetValue(a.Key, out (List<string> Lines, int AnchorLine) entry)) before[a.Key] = entry = ([], a.Line);
                lines = entry.Lines;
            }
            else
            {
                lines = map.Trailer;
            }
            if ((lines.Count > 0 || lines == map.Trailer) && BlankBefore(c.Line)) lines.Add("");
            lines.Add(c.Text);
        }
        foreach (KeyValuePair<string, (List<string> Lines, int AnchorLine)> entry in before)
        {
            (List<string> lines, int anchorLine) = entry.Value;
            if (BlankBefore(anchorLine)) lines.Add("");
            if (entry.Key == first)
            {
                // Comments above the first construct's last blank line are the file's header.
                int cut = lines.LastIndexOf("");
                if (cut >= 0)
                {
                    map.Header.AddRange(lines.Take(cut));
                    lines.RemoveRange(0, cut + 1);
                }
            }
        }
        foreach (string key in before.Keys.Union(after.Keys))
        {
            map.Set(key, new Comments(before.TryGetValue(key, out (List<string> Lines, int AnchorLine) b) ? b.Lines : [], after.TryGetValue(key, out string? end) ? end : null));
        }
        return map;
    }

    /// <summary>The comments of a text in order, and which lines are blank; texts in quotes are skipped.</summary>
    private static List<Found> Scan(string text, out List<bool> blank)
    {
        var found = new List<Found>();
        blank = [];
        int line = 1, lineStart = 0;
        bool content = false;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                blank.Add(!content);
                line++;
                lineStart = i + 1;
                content = false;
                continue;
            }
            char c = text[i];
            if (char.IsWhiteSpace(c)) continue;
            if (c == '#' || (c == '/' && i + 1 < text.Length && text[i + 1] == '/'))
            {
                int end = text.IndexOf('\n', i);
                if (end < 0) end = text.Length;
                found.Add(new Found(line, i - lineStart + 1, text[i..end].TrimEnd(), !content));
                content = true;
                i = end - 1;
                continue;
            }
            content = true;
            if (c != '"') continue;
            for (i++; i < text.Length && text[i] != '"' && text[i] != '\n'; i++)
            {
                if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] != '\n') i++;
            }
            if (i < text.Length && text[i] == '\n') i--;
        }
        return found;
    }
}
