using System.Text;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Syntax.Comments;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Values;
using static SmartGateway.Compiler.Syntax.Comments.CommentPrinter;

namespace SmartGateway.Compiler.Formatting;

/// <summary>
/// Prints a rule set as canonical text DSL. Depends only on the bound meaning and the comments, so
/// DSL → JSON → DSL and DSL → DSL give the same text; nested groups keep their parentheses, so
/// JSON → DSL → JSON keeps the block structure. Every comment is printed by the construct it belongs to.
/// </summary>
public static class DslFormatter
{
    public static string Format(BoundRuleSet rules)
    {
        var sb = new StringBuilder();
        CommentMap comments = rules.Comments;
        if (comments.Header.Count > 0)
        {
            foreach (string line in comments.Header) Comment(sb, "", line);
            sb.Append('\n');
        }
        for (int i = 0; i < rules.Automations.Count; i++)
        {
            if (i > 0) sb.Append('\n');
            Automation(sb, rules.Automations[i], CommentKeys.Automation(i), comments);
        }
        foreach (string line in comments.Trailer) Comment(sb, "", line);
        return sb.ToString();
    }

    private static void Automation(StringBuilder sb, BoundAutomation a, string key, CommentMap comments)
    {
        Comments head = comments[key];
        Before(sb, "", head);
        sb.Append("automation ").Append(Quote(a.Name));
        if (!a.Enabled) sb.Append(" disabled");
        sb.Append(a.Continuous ? " continuous {" : " on change {");
        EndLine(sb, head.After);
        MinHold(sb, "on", a.MinOnSeconds, comments[CommentKeys.Slot(key, CommentKeys.MinOn)]);
        MinHold(sb, "off", a.MinOffSeconds, comments[CommentKeys.Slot(key, CommentKeys.MinOff)]);
        List<Line> when = Lines(a.Condition, Level.Or, CommentKeys.Condition(key), comments);
        for (int i = 0; i < when.Count; i++)
        {
            string indent = "  " + new string(' ', 2 * when[i].Depth);
            foreach (string c in when[i].Before) Comment(sb, indent, c);
            sb.Append(indent).Append(i == 0 ? "when " : "").Append(when[i].Text);
            EndLine(sb, when[i].After);
        }
        Branch(sb, "then", a.OnTrue, key, true, comments);
        if (a.OnFalse.Count > 0 || !comments[CommentKeys.Slot(key, CommentKeys.Else)].IsEmpty || !comments[CommentKeys.Slot(key, CommentKeys.ElseEnd)].IsEmpty)
        {
            Branch(sb, "else", a.OnFalse, key, false, comments);
        }
        Comments end = comments[CommentKeys.Slot(key, CommentKeys.End)];
        Before(sb, "  ", end);
        sb.Append('}');
        EndLine(sb, end.After);
    }

    /// <summary>A hold of zero is left out, unless a comment stands on its line.</summary>
    private static void MinHold(StringBuilder sb, string which, long seconds, Comments comments)
    {
        if (seconds == 0 && comments.IsEmpty) return;
        Before(sb, "  ", comments);
        sb.Append("  min ").Append(which).Append(' ').Append(Duration(seconds));
        EndLine(sb, comments.After);
    }

    /// <summary>
    /// "then"/"else" and its actions: one action on the keyword's line, several (or any with comments of
    /// their own lines) in a braced block, one a line.
    /// </summary>
    private static void Branch(StringBuilder sb, string keyword, IReadOnlyList<BoundAction> actions, string key, bool onTrue, CommentMap comments)
    {
        Comments slot = comments[CommentKeys.Slot(key, onTrue ? CommentKeys.Then : CommentKeys.Else)];
        Comments end = comments[CommentKeys.Slot(key, onTrue ? CommentKeys.ThenEnd : CommentKeys.ElseEnd)];
        Before(sb, "  ", slot);
        sb.Append("  ").Append(keyword).Append(' ');
        bool plain = slot.After == null && end.Before.Count == 0;
        if (plain && actions.Count == 0)
        {
            sb.Append("{ }");
            EndLine(sb, end.After);
            return;
        }
        Comments first = actions.Count == 1 ? comments[CommentKeys.Action(key, onTrue, 0)] : Comments.None;
        if (plain && end.After == null && actions.Count == 1 && first.Before.Count == 0)
        {
            sb.Append(Action(actions[0]));
            EndLine(sb, first.After);
            return;
        }
        sb.Append('{');
        EndLine(sb, slot.After);
        for (int i = 0; i < actions.Count; i++)
        {
            Comments c = comments[CommentKeys.Action(key, onTrue, i)];
            Before(sb, "    ", c);
            sb.Append("    ").Append(Action(actions[i]));
            EndLine(sb, c.After);
        }
        Before(sb, "    ", end);
        sb.Append("  }");
        EndLine(sb, end.After);
    }

    /// <summary>One condition block as it reads in the DSL, e.g. "ir.left.P > 10 kW ± 500 W".</summary>
    public static string ConditionText(BoundCondition c) => Lines(c, Level.Or, "", CommentMap.Empty)[0].Text;

    /// <summary>Binding strength of the context a condition is printed in.</summary>
    private enum Level
    {
        Or,
        And,
        Unary,
    }

    /// <summary>A printed line of a condition: its depth below the "when" line and its comments.</summary>
    private sealed class Line(string text, List<string> before, string? after)
    {
        public string Text { get; set; } = text;

        public int Depth { get; set; }

        public List<string> Before { get; } = before;

        public string? After { get; set; } = after;
    }

    /// <summary>
    /// A condition on one line, or, when comments stand inside it, one block a line: each "and"/"or"
    /// operand after the first on a line of its own, one level deeper, so every comment keeps its block.
    /// </summary>
    private static List<Line> Lines(BoundCondition c, Level context, string key, CommentMap comments)
    {
        List<Line> lines;
        switch (c)
        {
            case BoundCompare compare:
                lines = [new Line(Compare(compare), [], null)];
                break;
            case BoundNot not:
                lines = Lines(not.Operand, Level.Unary, CommentKeys.Item(key, 0), comments);
                lines[0].Text = "not " + lines[0].Text;
                break;
            case BoundAnd or BoundOr:
                bool isAnd = c is BoundAnd;
                IReadOnlyList<BoundCondition> items = c is BoundAnd and ? and.Items : ((BoundOr)c).Items;
                // An "and" directly inside "and" is a nested group of its own: keep its parentheses.
                var parts = items.Select((item, i) => Lines(item, isAnd ? Level.Unary : Level.And, CommentKeys.Item(key, i), comments)).ToList();
                lines = Join(parts, isAnd ? "and" : "or");
                if (context > Level.Or)
                {
                    lines[0].Text = "(" + lines[0].Text;
                    lines[^1].Text += ")";
                }
                break;
            default:
                throw new InvalidOperationException("unknown condition");
        }
        Comments own = comments[key];
        lines[0].Before.InsertRange(0, own.Before);
        if (own.After != null) lines[^1].After = lines[^1].After == null ? own.After : $"{lines[^1].After} {own.After}";
        return lines;
    }

    private static List<Line> Join(List<List<Line>> parts, string op)
    {
        bool oneLine = parts.All(p => p.Count == 1) && parts.Skip(1).All(p => p[0].Before.Count == 0) && parts.Take(parts.Count - 1).All(p => p[0].After == null);
        if (oneLine) return [new Line(string.Join($" {op} ", parts.Select(p => p[0].Text)), parts[0][0].Before, parts[^1][0].After)];
        var lines = new List<Line>();
        for (int i = 0; i < parts.Count; i++)
        {
            for (int j = 0; j < parts[i].Count; j++)
            {
                Line line = parts[i][j];
                if (i > 0 && j == 0) line.Text = $"{op} {line.Text}";
                if (i > 0 || j > 0) line.Depth++;
                lines.Add(line);
            }
        }
        return lines;
    }

    private static string Compare(BoundCompare c)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < c.Terms.Count; i++)
        {
            BoundTerm t = c.Terms[i];
            if (i == 0) sb.Append(t.Negative ? "-" : "");
            else sb.Append(t.Negative ? " - " : " + ");
            sb.Append(t.Input.Path);
        }
        Dimension d = c.Terms[0].Input.Dimension;
        sb.Append(' ').Append(CompareOps.Symbol(c.Op)).Append(' ').Append(Quantity(c.Value, d));
        if (c.Hysteresis != 0) sb.Append(" ± ").Append(Quantity(c.Hysteresis, d));
        if (c.ForSeconds != 0) sb.Append(" for ").Append(Duration(c.ForSeconds));
        return sb.ToString();
    }

    private static string Action(BoundAction a) => a switch
    {
        BoundBicom b => $"bicom {b.Target} {BicomFunctions.Name(b.Function)}",
        BoundModbus m => $"modbus {m.Address} write{(m.Function == 16 && RegisterTypes.Words(m.Type) == 1 ? " multiple" : "")} {m.Register} {RegisterTypes.Name(m.Type)} {Fixed.ToText(m.Value)}",
        BoundMqtt q => $"mqtt {q.Link} {Quote(q.Subtopic)} {Quote(q.Message)}",
        _ => throw new InvalidOperationException("unknown action"),
    };

    /// <summary>The largest unit that shows the value exactly: 10000 W → "10 kW", 10500 W → "10.5 kW".</summary>
    public static string Quantity(long micro, Dimension d)
    {
        IReadOnlyList<Units.Unit> units = Units.ForFormatting(d);
        for (int i = 0; i < units.Count; i++)
        {
            long factor = (long)units[i].Factor;
            bool isBase = i == units.Count - 1;
            if (isBase || (micro % factor == 0 && Math.Abs(micro / Fixed.Scale) >= factor))
            {
                return $"{Fixed.ToText(micro / factor)} {units[i].Symbol}";
            }
        }
        return Fixed.ToText(micro);
    }

    private static string Duration(long seconds)
    {
        if (seconds == 0) return "0 s";
        if (seconds % 3600 == 0) return $"{seconds / 3600} h";
        if (seconds % 60 == 0) return $"{seconds / 60} min";
        return $"{seconds} s";
    }

    internal static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }
}
