namespace SmartGateway.Compiler.Syntax.Text;

/// <summary>
/// Which <c>{</c> or <c>(</c> a failed parse most likely left open, so the error can stand at the opening
/// one rather than where parsing gave up (often the next automation). One pass; texts and comments are skipped.
/// </summary>
internal static class UnclosedBracket
{
    private readonly record struct Opening(int Offset, char Kind, int Indent);

    /// <summary>
    /// The offset of the opening bracket to blame for a failure at <paramref name="failure"/>, or -1 when the
    /// brackets of the whole text balance (then the failure is not about a bracket). When a <c>}</c> that
    /// starts its line is indented like the enclosing bracket's line rather than its own opening's, it most
    /// likely closes the enclosing one and its own opening is blamed; otherwise the innermost bracket
    /// still open where parsing stopped.
    /// </summary>
    public static int Find(string text, int failure)
    {
        var open = new List<Opening>();
        int braces = 0, parens = 0;
        int suspect = -1, atFailure = -1;
        bool unbalanced = false;
        int indent = 0;
        bool lineBlank = true;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == failure) atFailure = open.Count == 0 ? -1 : open[^1].Offset;
            if (i == text.Length) break;
            char c = text[i];
            if (c == '\n')
            {
                indent = 0;
                lineBlank = true;
                continue;
            }
            if (lineBlank && c is ' ' or '\t')
            {
                indent++;
                continue;
            }
            bool startsLine = lineBlank;
            lineBlank = false;
            if (c == '"' || c == '#' || (c == '/' && i + 1 < text.Length && text[i + 1] == '/'))
            {
                char end = c == '"' ? '"' : '\n';
                while (i + 1 < text.Length && text[i + 1] != end && text[i + 1] != '\n') i++;
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') i++;
                continue;
            }
            if (c is '{' or '(')
            {
                open.Add(new Opening(i, c, indent));
                if (c == '{') braces++;
                else parens++;
                continue;
            }
            if (c is not ('}' or ')')) continue;
            char kind = c == '}' ? '{' : '(';
            if ((kind == '{' ? braces : parens) == 0)
            {
                unbalanced = true;
                continue;
            }
            // A closer of the other kind leaves the brackets above its own kind unclosed; each is popped once.
            while (open[^1].Kind != kind)
            {
                unbalanced = true;
                Pop(open, ref braces, ref parens);
            }
            Opening own = open[^1];
            if (suspect < 0 && c == '}' && startsLine && indent != own.Indent && open.Count > 1 && open[^2].Indent == indent) suspect = own.Offset;
            Pop(open, ref braces, ref parens);
        }
        if (!unbalanced && open.Count == 0) return -1;
        return suspect >= 0 && suspect < failure ? suspect : atFailure;
    }

    private static void Pop(List<Opening> open, ref int braces, ref int parens)
    {
        if (open[^1].Kind == '{') braces--;
        else parens--;
        open.RemoveAt(open.Count - 1);
    }
}
