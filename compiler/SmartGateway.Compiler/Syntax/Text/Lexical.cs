using System.Text;
using SmartGateway.Compiler.Diagnostics;
using Sprache;

namespace SmartGateway.Compiler.Syntax.Text;

/// <summary>
/// Lexical layer: white space and comments, positions, words, numbers, strings. The leaf parsers are
/// written by hand as Sprache parsers (like Sprache's own Parse.Char): built from combinators they
/// cost a closure and a result per character, and 10,000 automations must compile in under 2 s.
/// Every token swallows the white space after it, never before, and fails without consuming input,
/// so XOr/XMany can try the next alternative.
/// </summary>
internal static class Lexical
{
    /// <summary>The file being parsed, for spans; set by <see cref="Grammar.ParseRuleSet"/> on this thread.</summary>
    [ThreadStatic] internal static string? CurrentPath;

    /// <summary>Words a unit or an input path may not be, so "6 and" never reads "and" as a unit.</summary>
    private static readonly HashSet<string> Reserved =
        ["and", "or", "not", "for", "then", "else", "when", "automation", "bicom", "modbus", "mqtt"];

    private static readonly string[] InputExpected = ["an input such as ir.left.P"];
    private static readonly string[] NumberExpected = ["a number"];
    private static readonly string[] WholeNumberExpected = ["a whole number"];
    private static readonly string[] UnitExpected = ["a unit"];
    private static readonly string[] TypeExpected = ["a register type (int16, uint16, int32, uint32, float32)"];
    private static readonly string[] TextExpected = ["a quoted text"];
    private static readonly string[] EscapeExpected = ["an escape (\\\" \\\\ \\n \\t \\r)"];
    private static readonly string[] ClosingQuoteExpected = ["closing '\"' before the end of the line"];

    /// <summary>Skips white space, <c># …</c> and <c>// …</c> comments.</summary>
    internal static readonly Parser<object?> Ws = input => Result.Success<object?>(null, SkipSpace(input));

    /// <summary>The span of the next token.</summary>
    internal static readonly Parser<SourceSpan> At = i => Result.Success(new SourceSpan(CurrentPath ?? "", i.Line, i.Column), i);

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>Fails without consuming input, so "modbus" failing on "mqtt" lets XOr try "mqtt".</summary>
    internal static Parser<T> Atomic<T>(this Parser<T> parser) => i =>
    {
        IResult<T> r = parser(i);
        return r.WasSuccessful ? r : Result.Failure<T>(i, r.Message, r.Expectations);
    };

    /// <summary>A token: the parser, then the white space after it.</summary>
    internal static Parser<T> Token<T>(this Parser<T> parser) => i =>
    {
        IResult<T> r = parser(i);
        return r.WasSuccessful ? Result.Success(r.Value, SkipSpace(r.Remainder)) : r;
    };

    /// <summary>A keyword that is a whole word: "not" does not match the start of "note".</summary>
    internal static Parser<string> Keyword(string word)
    {
        string[] expected = [$"'{word}'"];
        return i =>
        {
            IInput at = i;
            foreach (char c in word)
            {
                if (at.AtEnd || at.Current != c) return Expected<string>(i, expected);
                at = at.Advance();
            }
            if (!at.AtEnd && IsWordChar(at.Current)) return Expected<string>(i, expected);
            return Result.Success(word, SkipSpace(at));
        };
    }

    internal static Parser<string> Symbol(string symbol)
    {
        string[] expected = [$"'{symbol}'"];
        return i =>
        {
            IInput at = i;
            foreach (char c in symbol)
            {
                if (at.AtEnd || at.Current != c) return Expected<string>(i, expected);
                at = at.Advance();
            }
            return Result.Success(symbol, SkipSpace(at));
        };
    }

    /// <summary>A dotted name such as ir.left.P, rs485.32.U.L1 or time.hour.</summary>
    internal static readonly Parser<string> DottedName = i =>
    {
        if (i.AtEnd || !(char.IsLetter(i.Current) || i.Current == '_')) return Expected<string>(i, InputExpected);
        var sb = new StringBuilder();
        IInput at = i;
        while (!at.AtEnd && (IsWordChar(at.Current) || at.Current == '.'))
        {
            sb.Append(at.Current);
            at = at.Advance();
        }
        string name = sb.ToString();
        return Reserved.Contains(name) ? Expected<string>(i, InputExpected) : Result.Success(name, SkipSpace(at));
    };

    /// <summary>Decimal number text: -12, 3.5. Kept exact as text; the binder converts it.</summary>
    internal static readonly Parser<string> NumberText = i =>
    {
        var sb = new StringBuilder();
        IInput at = i;
        if (!at.AtEnd && at.Current == '-')
        {
            sb.Append('-');
            at = at.Advance();
        }
        int digits = Digits(ref at, sb);
        if (digits == 0) return Expected<string>(i, NumberExpected);
        if (!at.AtEnd && at.Current == '.')
        {
            IInput dot = at.Advance();
            var frac = new StringBuilder(".");
            if (Digits(ref dot, frac) > 0)
            {
                sb.Append(frac);
                at = dot;
            }
        }
        return Result.Success(sb.ToString(), SkipSpace(at));
    };

    /// <summary>A whole number (addresses, registers, links).</summary>
    internal static readonly Parser<string> WholeNumber = i =>
    {
        var sb = new StringBuilder();
        IInput at = i;
        return Digits(ref at, sb) == 0 ? Expected<string>(i, WholeNumberExpected) : Result.Success(sb.ToString(), SkipSpace(at));
    };

    /// <summary>A unit word: letters, °, % — anything but a reserved word; the binder checks it.</summary>
    internal static readonly Parser<string> UnitText = i =>
    {
        var sb = new StringBuilder();
        IInput at = i;
        while (!at.AtEnd && (char.IsLetter(at.Current) || at.Current == '°' || at.Current == '%'))
        {
            sb.Append(at.Current);
            at = at.Advance();
        }
        string unit = sb.ToString();
        return unit.Length == 0 || Reserved.Contains(unit) ? Expected<string>(i, UnitExpected) : Result.Success(unit, SkipSpace(at));
    };

    /// <summary>A word of letters and digits (register types: int16, float32 …).</summary>
    internal static readonly Parser<string> Word = i =>
    {
        var sb = new StringBuilder();
        IInput at = i;
        while (!at.AtEnd && char.IsLetterOrDigit(at.Current))
        {
            sb.Append(at.Current);
            at = at.Advance();
        }
        return sb.Length == 0 ? Expected<string>(i, TypeExpected) : Result.Success(sb.ToString(), SkipSpace(at));
    };

    /// <summary>"text" with \" \\ \n \t \r \/ escapes, on one line.</summary>
    internal static readonly Parser<string> StringLiteral = i =>
    {
        if (i.AtEnd || i.Current != '"') return Expected<string>(i, TextExpected);
        var sb = new StringBuilder();
        IInput at = i.Advance();
        while (!at.AtEnd && at.Current != '"' && at.Current != '\n')
        {
            char c = at.Current;
            if (c == '\\')
            {
                at = at.Advance();
                if (at.AtEnd) break;
                switch (at.Current)
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case '"' or '\\' or '/': sb.Append(at.Current); break;
                    default: return Expected<string>(at, EscapeExpected);
                }
            }
            else
            {
                sb.Append(c);
            }
            at = at.Advance();
        }
        if (at.AtEnd || at.Current != '"') return Expected<string>(at, ClosingQuoteExpected);
        return Result.Success(sb.ToString(), SkipSpace(at.Advance()));
    };

    /// <summary>A number with an optional unit: "10 kW", "500 W", "6".</summary>
    internal static readonly Parser<Nodes.QuantitySyntax> Quantity =
        from span in At
        from number in NumberText
        from unit in UnitText.Optional()
        select new Nodes.QuantitySyntax(span, number, unit.GetOrDefault());

    /// <summary>A unitless whole number (addresses, registers, links).</summary>
    internal static readonly Parser<Nodes.QuantitySyntax> Integer =
        from span in At
        from digits in WholeNumber
        select new Nodes.QuantitySyntax(span, digits, null);

    private static int Digits(ref IInput at, StringBuilder sb)
    {
        int n = 0;
        while (!at.AtEnd && at.Current >= '0' && at.Current <= '9')
        {
            sb.Append(at.Current);
            at = at.Advance();
            n++;
        }
        return n;
    }

    private static IInput SkipSpace(IInput i)
    {
        while (!i.AtEnd)
        {
            char c = i.Current;
            if (char.IsWhiteSpace(c))
            {
                i = i.Advance();
                continue;
            }
            if (c == '#' || (c == '/' && !i.Advance().AtEnd && i.Advance().Current == '/'))
            {
                while (!i.AtEnd && i.Current != '\n') i = i.Advance();
                continue;
            }
            break;
        }
        return i;
    }

    /// <summary>
    /// A failure at <paramref name="at"/>. Failures are frequent (every absent optional part, every
    /// alternative tried), so they share their arrays; Grammar describes the one that is reported.
    /// </summary>
    private static IResult<T> Expected<T>(IInput at, string[] what) => Result.Failure<T>(at, "unexpected", what);

}
