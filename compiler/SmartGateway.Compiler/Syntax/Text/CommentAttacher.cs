using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Syntax.Comments;
using SmartGateway.Compiler.Syntax.Nodes;

namespace SmartGateway.Compiler.Syntax.Text;

/// <summary>
/// Gives every comment of a parsed DSL file to the construct it belongs to (docs/FORMATS.md, "Comments"):
/// a whole-line comment to the next construct (the outermost of those starting at the same place), an
/// end-of-line comment to the last construct starting before it (the innermost), comments after the last
/// construct to the file's trailer, and the first automation's comments above a blank line to the header.
/// One pass over the text and one over the constructs, both in order.
/// </summary>
internal static class CommentAttacher
{
    private readonly record struct Found(int Line, int Column, string Text, bool OwnLine);

    private readonly record struct Anchor(int Line, int Column, string Key);

    public static CommentMap Attach(string text, IReadOnlyList<AutomationSyntax> automations)
    {
        List<Found> found = Scan(text, out List<bool> blank);
        if (found.Count == 0) return CommentMap.Empty;
        var unordered = new List<Anchor>();
        for (int i = 0; i < automations.Count; i++) AddAnchors(automations[i], CommentKeys.Automation(i), unordered);
        var anchors = unordered.OrderBy(a => a.Line).ThenBy(a => a.Column).ToList();

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
                Anchor a = anchors[next];
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
            if (entry.Key == CommentKeys.Automation(0))
            {
                // Comments above the first automation's last blank line are the file's header.
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
            map.Set(key, new Comments.Comments(before.TryGetValue(key, out (List<string> Lines, int AnchorLine) b) ? b.Lines : [], after.TryGetValue(key, out string? end) ? end : null));
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

    private static void AddAnchors(AutomationSyntax a, string key, List<Anchor> anchors)
    {
        Add(anchors, a.Span, key);
        if (a.MinOn != null) Add(anchors, a.MinOn.Span, CommentKeys.Slot(key, CommentKeys.MinOn));
        if (a.MinOff != null) Add(anchors, a.MinOff.Span, CommentKeys.Slot(key, CommentKeys.MinOff));
        AddCondition(a.Condition, CommentKeys.Condition(key), anchors);
        for (int i = 0; i < a.OnTrue.Count; i++) Add(anchors, a.OnTrue[i].Span, CommentKeys.Action(key, true, i));
        for (int i = 0; i < a.OnFalse.Count; i++) Add(anchors, a.OnFalse[i].Span, CommentKeys.Action(key, false, i));
        if (a.Layout is not { } layout) return;
        Add(anchors, layout.Then, CommentKeys.Slot(key, CommentKeys.Then));
        if (layout.ThenEnd is { } thenEnd) Add(anchors, thenEnd, CommentKeys.Slot(key, CommentKeys.ThenEnd));
        if (layout.Else is { } elseSpan) Add(anchors, elseSpan, CommentKeys.Slot(key, CommentKeys.Else));
        if (layout.ElseEnd is { } elseEnd) Add(anchors, elseEnd, CommentKeys.Slot(key, CommentKeys.ElseEnd));
        Add(anchors, layout.End, CommentKeys.Slot(key, CommentKeys.End));
    }

    /// <summary>Outer blocks before inner ones, so the stable order puts the outermost first among equals.</summary>
    private static void AddCondition(ConditionSyntax c, string key, List<Anchor> anchors)
    {
        Add(anchors, c.Span, key);
        switch (c)
        {
            case AndSyntax and:
                for (int i = 0; i < and.Items.Count; i++) AddCondition(and.Items[i], CommentKeys.Item(key, i), anchors);
                break;
            case OrSyntax or:
                for (int i = 0; i < or.Items.Count; i++) AddCondition(or.Items[i], CommentKeys.Item(key, i), anchors);
                break;
            case NotSyntax not:
                AddCondition(not.Operand, CommentKeys.Item(key, 0), anchors);
                break;
        }
    }

    private static void Add(List<Anchor> anchors, SourceSpan span, string key) => anchors.Add(new Anchor(span.Line, span.Column, key));
}
