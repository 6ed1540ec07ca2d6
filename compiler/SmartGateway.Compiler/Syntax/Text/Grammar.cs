using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Syntax;
using SmartGateway.Compiler.Syntax.Nodes;
using Sprache;
using static SmartGateway.Compiler.Syntax.Text.Lexical;
using static SmartGateway.Compiler.Syntax.Text.ConditionGrammar;
using static SmartGateway.Compiler.Syntax.Text.ActionGrammar;

namespace SmartGateway.Compiler.Syntax.Text;

/// <summary>
/// The text DSL (.sgr), bottom-up in the Sprache style: lexical → quantities → inputs → conditions →
/// actions → automation → rule set. <see cref="ParseRuleSet"/> is the one entry; it never throws.
/// <code>
/// automation "HVAC eco mode" on change {
///   min on 5 min
///   when ir.left.P > 10 kW ± 500 W for 30 s
///   then { modbus 4 write 3011 int16 5; bicom ir.right off; mqtt 1 "status" "ECO on" }
///   else bicom ir.right on
/// }
/// </code>
/// </summary>
internal static class Grammar
{
    /// <summary>Deeper nesting is refused before parsing, so no input can exhaust the stack.</summary>
    public const int MaxNesting = 64;

    private static readonly Parser<AutomationMode> Mode =
        (from onWord in Keyword("on") from change in Keyword("change") select AutomationMode.OnChange)
        .XOr(from c in Keyword("continuous") select AutomationMode.Continuous)
        .Named("'on change' or 'continuous'");

    private static Parser<QuantitySyntax> MinHold(string onOrOff) =>
        from min in Keyword("min")
        from which in Keyword(onOrOff)
        from duration in Quantity
        select duration;

    private static readonly Parser<AutomationSyntax> Automation =
        from span in At
        from keyword in Keyword("automation")
        from name in StringLiteral
        from disabled in Keyword("disabled").Optional()
        from mode in Mode
        from open in Symbol("{")
        from minOn in MinHold("on").Optional()
        from minOff in MinHold("off").Optional()
        from when in Keyword("when")
        from condition in Condition
        from then in Keyword("then")
        from onTrue in ActionBlock
        from onFalse in (from e in Keyword("else") from b in ActionBlock select b).Optional()
        from close in Symbol("}")
        select new AutomationSyntax(span, name, !disabled.IsDefined, mode, minOn.GetOrDefault(), minOff.GetOrDefault(),
            condition, onTrue, onFalse.GetOrElse([]));

    private static readonly Parser<IEnumerable<AutomationSyntax>> RuleSet =
        from _ in Ws
        from automations in Automation.XMany()
        from end in Parse.AnyChar.Not().Named("'automation' or the end of the file")
        select automations;

    public static RuleSetSyntax ParseRuleSet(string path, string text, DiagnosticBag diagnostics)
    {
        if (!WithinLimits(path, text, diagnostics)) return new RuleSetSyntax(path, []);
        CurrentPath = path;
        try
        {
            IResult<IEnumerable<AutomationSyntax>> result = RuleSet(new SourceInput(text));
            if (result.WasSuccessful) return new RuleSetSyntax(path, result.Value.ToList());
            diagnostics.Add(DiagnosticCodes.Syntax, new SourceSpan(path, result.Remainder.Line, result.Remainder.Column),
                Describe(result));
            return new RuleSetSyntax(path, []);
        }
        finally
        {
            CurrentPath = null;
        }
    }

    private static string Describe(IResult<IEnumerable<AutomationSyntax>> result)
    {
        IInput at = result.Remainder;
        string found = at.AtEnd ? "end of file" : $"'{Word(at)}'";
        string expected = string.Join(", ", result.Expectations.Distinct());
        return expected.Length == 0 ? $"unexpected {found}" : $"unexpected {found}; expected {expected}";
    }

    private static string Word(IInput at)
    {
        var sb = new System.Text.StringBuilder();
        IInput i = at;
        while (!i.AtEnd && sb.Length < 20 && !char.IsWhiteSpace(i.Current))
        {
            sb.Append(i.Current);
            if (!IsWordChar(i.Current)) break;
            i = i.Advance();
        }
        return sb.ToString();
    }

    /// <summary>
    /// One pass before parsing: refuses parentheses or runs of "not" deeper than <see cref="MaxNesting"/>,
    /// and more comparisons than <see cref="SourceLimits.MaxComparisons"/> (one comparison operator each),
    /// at the place the limit is crossed. Texts and comments are skipped.
    /// </summary>
    private static bool WithinLimits(string path, string text, DiagnosticBag diagnostics)
    {
        int depth = 0, nots = 0, comparisons = 0, line = 1, column = 1;
        for (int i = 0; i < text.Length; i++, column++)
        {
            char c = text[i];
            if (c == '\n') { line++; column = 0; continue; }
            if (c == '"' || c == '#' || (c == '/' && i + 1 < text.Length && text[i + 1] == '/'))
            {
                // Skip a text up to its closing quote, a comment up to the end of the line.
                char end = c == '"' ? '"' : '\n';
                while (i + 1 < text.Length && text[i + 1] != end && text[i + 1] != '\n') { i++; column++; }
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { i++; column++; }
                continue;
            }
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (c is '<' or '>' || (c is '=' or '!' && i + 1 < text.Length && text[i + 1] == '='))
            {
                if (++comparisons > SourceLimits.MaxComparisons)
                {
                    SourceLimits.TooManyComparisons(new SourceSpan(path, line, column), diagnostics);
                    return false;
                }
                if (i + 1 < text.Length && text[i + 1] == '=') { i++; column++; }
                continue;
            }
            bool wordStart = i == 0 || !IsWordChar(text[i - 1]);
            if (wordStart && string.CompareOrdinal(text, i, "not", 0, 3) == 0 && (i + 3 >= text.Length || !IsWordChar(text[i + 3]))) nots++;
            else if (IsWordChar(c) && wordStart) nots = 0;
            if (depth > MaxNesting || nots > MaxNesting)
            {
                diagnostics.Add(DiagnosticCodes.Syntax, new SourceSpan(path, line, column), $"conditions nest deeper than {MaxNesting} levels");
                return false;
            }
        }
        return true;
    }
}
