using System.Text;
using SmartGateway.Compiler.Binding;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Formatting;

/// <summary>
/// Prints a rule set as canonical text DSL. Depends only on the bound meaning, so DSL → JSON → DSL
/// and DSL → DSL give the same text; nested groups keep their parentheses, so JSON → DSL → JSON keeps
/// the block structure.
/// </summary>
public static class DslFormatter
{
    public static string Format(BoundRuleSet rules)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < rules.Automations.Count; i++)
        {
            if (i > 0) sb.Append('\n');
            Automation(sb, rules.Automations[i]);
        }
        return sb.ToString();
    }

    private static void Automation(StringBuilder sb, BoundAutomation a)
    {
        sb.Append("automation ").Append(Quote(a.Name));
        if (!a.Enabled) sb.Append(" disabled");
        sb.Append(a.Continuous ? " continuous {\n" : " on change {\n");
        if (a.MinOnSeconds > 0) sb.Append("  min on ").Append(Duration(a.MinOnSeconds)).Append('\n');
        if (a.MinOffSeconds > 0) sb.Append("  min off ").Append(Duration(a.MinOffSeconds)).Append('\n');
        sb.Append("  when ").Append(Condition(a.Condition, Level.Or)).Append('\n');
        sb.Append("  then ");
        Actions(sb, a.OnTrue);
        if (a.OnFalse.Count > 0)
        {
            sb.Append("  else ");
            Actions(sb, a.OnFalse);
        }
        sb.Append("}\n");
    }

    /// <summary>One condition block as it reads in the DSL, e.g. "ir.left.P > 10 kW ± 500 W".</summary>
    public static string ConditionText(BoundCondition c) => Condition(c, Level.Or);

    /// <summary>Binding strength of the context a condition is printed in.</summary>
    private enum Level
    {
        Or,
        And,
        Unary,
    }

    private static string Condition(BoundCondition c, Level context) => c switch
    {
        BoundOr or => Group(string.Join(" or ", or.Items.Select(i => Condition(i, Level.And))), context > Level.Or),
        // An "and" directly inside "and" is a nested group of its own: keep its parentheses.
        BoundAnd and => Group(string.Join(" and ", and.Items.Select(i => Condition(i, Level.Unary))), context > Level.Or),
        BoundNot not => "not " + Condition(not.Operand, Level.Unary),
        BoundCompare compare => Compare(compare),
        _ => throw new InvalidOperationException("unknown condition"),
    };

    private static string Group(string text, bool parenthesize) => parenthesize ? $"({text})" : text;

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

    private static void Actions(StringBuilder sb, IReadOnlyList<BoundAction> actions)
    {
        if (actions.Count == 1)
        {
            sb.Append(Action(actions[0])).Append('\n');
            return;
        }
        if (actions.Count == 0)
        {
            sb.Append("{ }\n");
            return;
        }
        sb.Append("{\n");
        foreach (BoundAction a in actions) sb.Append("    ").Append(Action(a)).Append('\n');
        sb.Append("  }\n");
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
        if (seconds % 3600 == 0) return $"{seconds / 3600} h";
        if (seconds % 60 == 0) return $"{seconds / 60} min";
        return $"{seconds} s";
    }

    private static string Quote(string s)
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
