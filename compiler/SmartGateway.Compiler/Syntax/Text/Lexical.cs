using SmartGateway.Compiler.Diagnostics;
using Sprache;

namespace SmartGateway.Compiler.Syntax.Text;

/// <summary>
/// Lexical layer: white space and comments, positions, words, numbers, strings. Every token swallows
/// the white space after it, never before, so a token that does not match fails without consuming
/// input and XOr/XMany can try the next alternative.
/// </summary>
internal static class Lexical
{
    /// <summary>The file being parsed, for spans; set by <see cref="Grammar.ParseRuleSet"/> on this thread.</summary>
    [ThreadStatic] internal static string? CurrentPath;

    /// <summary>Words a unit or an input path may not be, so "6 and" never reads "and" as a unit.</summary>
    internal static readonly HashSet<string> Reserved =
        ["and", "or", "not", "for", "then", "else", "when", "automation", "bicom", "modbus", "mqtt"];

    /// <summary>Skips white space, <c># …</c> and <c>// …</c> comments.</summary>
    internal static readonly Parser<object?> Ws = input =>
    {
        IInput i = input;
        while (!i.AtEnd)
        {
            char c = i.Current;
            if (char.IsWhiteSpace(c))
            {
                i = i.Advance();
            }
            else if (c == '#' || (c == '/' && !i.Advance().AtEnd && i.Advance().Current == '/'))
            {
                while (!i.AtEnd && i.Current != '\n') i = i.Advance();
            }
            else
            {
                break;
            }
        }
        return Result.Success<object?>(null, i);
    };

    /// <summary>The span of the next token.</summary>
    internal static readonly Parser<SourceSpan> At = i => Result.Success(new SourceSpan(CurrentPath ?? "", i.Line, i.Column), i);

    /// <summary>Fails without consuming input, so "modbus" failing on "mqtt" lets XOr try "mqtt".</summary>
    internal static Parser<T> Atomic<T>(this Parser<T> parser) => i =>
    {
        IResult<T> r = parser(i);
        return r.WasSuccessful ? r : Result.Failure<T>(i, r.Message, r.Expectations);
    };

    /// <summary>A token: the parser, then the white space after it.</summary>
    internal static Parser<T> Token<T>(this Parser<T> parser) =>
        from value in parser
        from _ in Ws
        select value;

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>A keyword that is a whole word: "not" does not match the start of "note".</summary>
    internal static Parser<string> Keyword(string word) =>
        (from w in Parse.String(word).Text()
         from end in Parse.Char(IsWordChar, "letter").Not()
         select w).Token().Atomic().Named($"'{word}'");

    internal static Parser<string> Symbol(string symbol) =>
        Parse.String(symbol).Text().Token().Atomic().Named($"'{symbol}'");

    /// <summary>A dotted name such as ir.left.P, rs485.32.U.L1 or time.hour.</summary>
    internal static readonly Parser<string> DottedName =
        (from first in Parse.Char(c => char.IsLetter(c) || c == '_', "letter").Once().Text()
         from rest in Parse.Char(c => IsWordChar(c) || c == '.', "name character").Many().Text()
         where !Reserved.Contains(first + rest)
         select first + rest).Token().Named("an input such as ir.left.P");

    /// <summary>Decimal number text: -12, 3.5. Kept exact as text; the binder converts it.</summary>
    internal static readonly Parser<string> NumberText =
        (from sign in Parse.Char('-').Once().Text().Optional()
         from whole in Parse.Digit.AtLeastOnce().Text()
         from frac in (from dot in Parse.Char('.') from digits in Parse.Digit.AtLeastOnce().Text() select "." + digits).Optional()
         select sign.GetOrElse("") + whole + frac.GetOrElse("")).Token().Named("a number");

    /// <summary>A unit word: letters, °, % — anything but a reserved word; the binder checks it.</summary>
    internal static readonly Parser<string> UnitText =
        (from u in Parse.Char(c => char.IsLetter(c) || c == '°' || c == '%', "unit").AtLeastOnce().Text()
         where !Reserved.Contains(u)
         select u).Token().Named("a unit");

    internal static readonly Parser<char> EscapedChar =
        from backslash in Parse.Char('\\')
        from c in Parse.Chars('"', '\\', 'n', 't', 'r', '/')
        select c switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => c };

    internal static readonly Parser<string> StringLiteral =
        (from open in Parse.Char('"')
         from chars in EscapedChar.Or(Parse.Char(c => c != '"' && c != '\\' && c != '\n', "character")).Many().Text()
         from close in Parse.Char('"').Named("closing '\"' before the end of the line")
         select chars).Token().Named("a quoted text");

    /// <summary>A number with an optional unit: "10 kW", "500 W", "6".</summary>
    internal static readonly Parser<Nodes.QuantitySyntax> Quantity =
        from span in At
        from number in NumberText
        from unit in UnitText.Optional()
        select new Nodes.QuantitySyntax(span, number, unit.GetOrDefault());

    /// <summary>A unitless whole number (addresses, registers, links).</summary>
    internal static readonly Parser<Nodes.QuantitySyntax> Integer =
        from span in At
        from digits in Parse.Digit.AtLeastOnce().Text().Token().Named("a whole number")
        select new Nodes.QuantitySyntax(span, digits, null);
}
