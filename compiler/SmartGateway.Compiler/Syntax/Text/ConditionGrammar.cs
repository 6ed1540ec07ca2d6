using SmartGateway.Compiler.Syntax.Nodes;
using Sprache;
using static SmartGateway.Compiler.Syntax.Text.Lexical;

namespace SmartGateway.Compiler.Syntax.Text;

/// <summary>Conditions: sums of inputs compared with a value, combined with not / and / or.</summary>
internal static class ConditionGrammar
{
    internal static readonly Parser<string> CompareOperator =
        Symbol(">=").Or(Symbol("<=")).Or(Symbol("==")).Or(Symbol("!=")).Or(Symbol(">")).Or(Symbol("<"))
            .Named("a comparison (>, >=, <, <=, ==, !=)");

    internal static readonly Parser<TermSyntax> FirstTerm =
        from span in At
        from minus in Symbol("-").Optional()
        from name in DottedName
        select new TermSyntax(span, minus.IsDefined, name);

    internal static readonly Parser<TermSyntax> NextTerm =
        from sign in Symbol("+").Or(Symbol("-"))
        from span in At
        from name in DottedName
        select new TermSyntax(span, sign == "-", name);

    internal static readonly Parser<QuantitySyntax> HysteresisClause =
        from _ in Symbol("±").Or(Symbol("+-"))
        from q in Quantity
        select q;

    internal static readonly Parser<QuantitySyntax> ForClause =
        from _ in Keyword("for")
        from q in Quantity
        select q;

    internal static readonly Parser<ConditionSyntax> Compare =
        from span in At
        from first in FirstTerm
        from rest in NextTerm.Many()
        from opSpan in At
        from op in CompareOperator
        from value in Quantity
        from hysteresis in HysteresisClause.Optional()
        from duration in ForClause.Optional()
        select (ConditionSyntax)new CompareSyntax(span, [first, .. rest], op, opSpan, value,
            hysteresis.GetOrDefault(), duration.GetOrDefault());

    internal static readonly Parser<ConditionSyntax> Negation =
        from span in At
        from _ in Keyword("not")
        from operand in Parse.Ref(() => Unary)
        select (ConditionSyntax)new NotSyntax(span, operand);

    /// <summary>Parentheses keep a group as one operand, so "(a and b) and c" stays nested.</summary>
    internal static readonly Parser<ConditionSyntax> Group =
        from open in Symbol("(")
        from inner in Parse.Ref(() => Condition)
        from close in Symbol(")")
        select inner;

    internal static readonly Parser<ConditionSyntax> Unary = Negation.XOr(Group).XOr(Compare);

    internal static readonly Parser<ConditionSyntax> Conjunction =
        from first in Unary
        from rest in (from _ in Keyword("and") from u in Unary select u).XMany()
        select rest.Any() ? new AndSyntax(first.Span, [first, .. rest]) : first;

    internal static readonly Parser<ConditionSyntax> Condition =
        from first in Conjunction
        from rest in (from _ in Keyword("or") from c in Conjunction select c).XMany()
        select rest.Any() ? new OrSyntax(first.Span, [first, .. rest]) : first;
}
