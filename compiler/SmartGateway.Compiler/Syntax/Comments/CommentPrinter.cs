using System.Text;

namespace SmartGateway.Compiler.Syntax.Comments;

/// <summary>How every DSL formatter prints comments: whole lines at the construct's indent, end-of-line ones two spaces after it.</summary>
internal static class CommentPrinter
{
    public static void Before(StringBuilder sb, string indent, Comments comments)
    {
        foreach (string line in comments.Before) Comment(sb, indent, line);
    }

    /// <summary>A whole-line comment, or a blank line for "".</summary>
    public static void Comment(StringBuilder sb, string indent, string line) =>
        (line.Length == 0 ? sb : sb.Append(indent).Append(line)).Append('\n');

    /// <summary>Ends a construct's line, with its end-of-line comment if it has one.</summary>
    public static void EndLine(StringBuilder sb, string? comment) =>
        (comment == null ? sb : sb.Append("  ").Append(comment)).Append('\n');
}
