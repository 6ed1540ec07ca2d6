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
    internal static readonly Parser<object?> Ws = i => Result.Success<object?>(null, Jump(i, SkipSpace(i.Source, i.Position)));

    /// <summary>The span of the next token.</summary>
    internal static readonly Parser<SourceSpan> At = i => Result.Success(new SourceSpan(CurrentPath ?? "", i.Line, i.Column), i);

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>Fails without consuming input, so "modbus" failing on "mqtt" lets XOr try "mqtt".</summary>
    internal static Parser<T> Atomic<T>(this Parser<T> parser) => i =>
    {
        IResult<T> r = parser(i);
        return r.WasSuccessful ? r : Result.Failure<T>(i, r.Message, r.Expectations);
    };

    /// <summary>A keyword that is a whole word: "not" does not match the start of "note".</summary>
    internal static Parser<string> Keyword(string word)
    {
        string[] expected = [$"'{word}'"];
        return i =>
        {
            string s = i.Source;
            int p = i.Position;
            if (string.CompareOrdinal(s, p, word, 0, word.Length) != 0 || p + word.Length > s.Length) return Expected<string>(i, expected);
            int end = p + word.Length;
            if (end < s.Length && IsWordChar(s[end])) return Expected<string>(i, expected);
            return Token(i, word, end);
        };
    }

    internal static Parser<string> Symbol(string symbol)
    {
        string[] expected = [$"'{symbol}'"];
        return i =>
        {
            if (i.Position + symbol.Length > i.Source.Length || string.CompareOrdinal(i.Source, i.Position, symbol, 0, symbol.Length) != 0)
            {
                return Expected<string>(i, expected);
            }
            return Token(i, symbol, i.Position + symbol.Length);
        };
    }

    /// <summary>A dotted name such as ir.left.P, rs485.32.U.L1 or time.hour.</summary>
    internal static readonly Parser<string> DottedName = i =>
    {
        string s = i.Source;
        int p = i.Position;
        if (p >= s.Length || !(char.IsLetter(s[p]) || s[p] == '_')) return Expected<string>(i, InputExpected);
        int end = p;
        while (end < s.Length && (IsWordChar(s[end]) || s[end] == '.')) end++;
        string name = s[p..end];
        return Reserved.Contains(name) ? Expected<string>(i, InputExpected) : Token(i, name, end);
    };

    /// <summary>Decimal number text: -12, 3.5. Kept exact as text; the binder converts it.</summary>
    internal static readonly Parser<string> NumberText = i =>
    {
        string s = i.Source;
        int p = i.Position;
        int end = p < s.Length && s[p] == '-' ? p + 1 : p;
        int digits = DigitsEnd(s, end);
        if (digits == end) return Expected<string>(i, NumberExpected);
        end = digits;
        if (end + 1 < s.Length && s[end] == '.' && DigitsEnd(s, end + 1) > end + 1) end = DigitsEnd(s, end + 1);
        return Token(i, s[p..end], end);
    };

    /// <summary>A whole number (addresses, registers, links).</summary>
    internal static readonly Parser<string> WholeNumber = i =>
    {
        int end = DigitsEnd(i.Source, i.Position);
        return end == i.Position ? Expected<string>(i, WholeNumberExpected) : Token(i, i.Source[i.Position..end], end);
    };

    /// <summary>A unit word: letters, °, % — anything but a reserved word; the binder checks it.</summary>
    internal static readonly Parser<string> UnitText = i =>
    {
        string s = i.Source;
        int end = i.Position;
        while (end < s.Length && (char.IsLetter(s[end]) || s[end] == '°' || s[end] == '%')) end++;
        string unit = s[i.Position..end];
        return unit.Length == 0 || Reserved.Contains(unit) ? Expected<string>(i, UnitExpected) : Token(i, unit, end);
    };

    /// <summary>A word of letters and digits (register types: int16, float32 …).</summary>
    internal static readonly Parser<string> Word = i =>
    {
        string s = i.Source;
        int end = i.Position;
        while (end < s.Length && char.IsLetterOrDigit(s[end])) end++;
        return end == i.Position ? Expected<string>(i, TypeExpected) : Token(i, s[i.Position..end], end);
    };

    /// <summary>"text" with \" \\ \n \t \r \/ escapes, on one line.</summary>
    internal static readonly Parser<string> StringLiteral = i =>
    {
        string s = i.Source;
        int p = i.Position;
        if (p >= s.Length || s[p] != '"') return Expected<string>(i, TextExpected);
        var sb = new StringBuilder();
        p++;
        while (p < s.Length && s[p] != '"' && s[p] != '\n')
        {
            char c = s[p];
            if (c == '\\')
            {
                p++;
                if (p >= s.Length) break;
                switch (s[p])
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case '"' or '\\' or '/': sb.Append(s[p]); break;
                    default: return Expected<string>(Jump(i, p), EscapeExpected);
                }
            }
            else
            {
                sb.Append(c);
            }
            p++;
        }
        if (p >= s.Length || s[p] != '"') return Expected<string>(Jump(i, p), ClosingQuoteExpected);
        return Token(i, sb.ToString(), p + 1);
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

    /// <summary>Succeeds with <paramref name="value"/>, continuing after the token's end and the white space after it.</summary>
    private static IResult<T> Token<T>(IInput i, T value, int end) => Result.Success(value, Jump(i, SkipSpace(i.Source, end)));

    /// <summary>
    /// The input at <paramref name="end"/> with its line and column, in one allocation: Sprache's
    /// Advance() makes a new input object per character, which dominated compile time.
    /// </summary>
    private static IInput Jump(IInput i, int end)
    {
        if (end == i.Position) return i;
        string s = i.Source;
        int line = i.Line, column = i.Column;
        for (int p = i.Position; p < end; p++)
        {
            if (s[p] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
        return new SourceInput(s, end, line, column);
    }

    private static int DigitsEnd(string s, int p)
    {
        while (p < s.Length && s[p] >= '0' && s[p] <= '9') p++;
        return p;
    }

    private static int SkipSpace(string s, int p)
    {
        while (p < s.Length)
        {
            char c = s[p];
            if (char.IsWhiteSpace(c))
            {
                p++;
            }
            else if (c == '#' || (c == '/' && p + 1 < s.Length && s[p + 1] == '/'))
            {
                while (p < s.Length && s[p] != '\n') p++;
            }
            else
            {
                break;
            }
        }
        return p;
    }

    /// <summary>
    /// A failure at <paramref name="at"/>. Failures are frequent (every absent optional part, every
    /// alternative tried), so they share their arrays; Grammar describes the one that is reported.
    /// </summary>
    private static IResult<T> Expected<T>(IInput at, string[] what) => Result.Failure<T>(at, "unexpected", what);

}
