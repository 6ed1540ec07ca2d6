using SmartGateway.Compiler.Diagnostics;

using SmartGateway.Compiler.Syntax.Nodes;
using Sprache;
using static SmartGateway.Compiler.Syntax.Text.ActionGrammar;
using static SmartGateway.Compiler.Syntax.Text.ConditionGrammar;
using static SmartGateway.Compiler.Syntax.Text.Lexical;

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
        from thenSpan in At
        from then in Keyword("then")
        from onTrue in ActionBlock
        from onFalse in (from elseSpan in At from e in Keyword("else") from b in ActionBlock select (Span: elseSpan, Block: b)).Optional()
        from closeSpan in At
        from close in Symbol("}")
        select new AutomationSyntax(span, name, !disabled.IsDefined, mode, minOn.GetOrDefault(), minOff.GetOrDefault(),
            condition, onTrue.Actions, onFalse.IsDefined ? onFalse.Get().Block.Actions : [])
        {
            Layout = new AutomationLayout(thenSpan, onTrue.Close, onFalse.IsDefined ? onFalse.Get().Span : null,
                onFalse.IsDefined ? onFalse.Get().Block.Close : null, closeSpan),
        };

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
            if (result.WasSuccessful)
            {
                var automations = result.Value.ToList();
                return new RuleSetSyntax(path, automations) { Comments = CommentAttacher.Attach(text, automations) };
            }
            diagnostics.Add(DiagnosticCodes.Syntax, Failure(path, text, result.Remainder, Describe(result), out string message), message);
            return new RuleSetSyntax(path, []);
        }
        finally
        {
            CurrentPath = null;
        }
    }

    /// <summary>
    /// Where a syntax error is reported and what it says: at the <c>{</c> or <c>(</c> left open when the
    /// brackets do not balance, naming the place parsing stopped; at that place otherwise.
    /// </summary>
    private static SourceSpan Failure(string path, string text, IInput at, string description, out string message)
    {
        var stopped = new SourceSpan(path, at.Line, at.Column);
        int opening = UnclosedBracket.Find(text, at.Position);
        if (opening < 0)
        {
            message = description;
            return stopped;
        }
        message = $"'{text[opening]}' is not closed; parsing stopped at {stopped}: {description}";
        return SpanOf(path, text, opening);
    }

    private static SourceSpan SpanOf(string path, string text, int offset)
    {
        int line = 1, column = 1;
        for (int i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
        return new SourceSpan(path, line, column);
    }

    /// <summary>Every word of the DSL, for "did you mean" when a misspelt one stops the parse.</summary>
    private static readonly string[] Keywords =
        ["automation", "disabled", "on", "change", "continuous", "min", "off", "when", "then", "else", "and", "or", "not",
         "for", "bicom", "modbus", "mqtt", "write", "multiple", "toggle"];

    private static string Describe(IResult<IEnumerable<AutomationSyntax>> result)
    {
        IInput at = result.Remainder;
        string word = at.AtEnd ? "" : Word(at);
        string found = at.AtEnd ? "end of file" : $"'{word}'";
        string[] expectations = result.Expectations.Distinct().ToArray();
        string expected = string.Join(", ", expectations);
        string described = expected.Length == 0 ? $"unexpected {found}" : $"unexpected {found}; expected {expected}";
        if (word.Length == 0 || !char.IsLetter(word[0]) || Keywords.Contains(word)) return described;
        // The keywords the parser wanted first ("'when'", "an action (bicom, modbus, mqtt)"), then any keyword.
        string[] wanted = Keywords.Where(k => expectations.Any(e => e.Contains($"'{k}'", StringComparison.Ordinal)
            || e.Contains($"({k}", StringComparison.Ordinal) || e.Contains($" {k})", StringComparison.Ordinal) || e.Contains($" {k},", StringComparison.Ordinal))).ToArray();
        string? nearest = NearestName.Find(word, wanted) ?? NearestName.Find(word, Keywords);
        return nearest == null ? described : $"{described}; did you mean '{nearest}'?";
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
