using SmartGateway.Compiler.Diagnostics;

namespace SmartGateway.Compiler.Syntax.Nodes;

/// <summary>A condition block: AND, OR, NOT or a comparison (manual §4.5.2).</summary>
public abstract record ConditionSyntax(SourceSpan Span);

public sealed record AndSyntax(SourceSpan Span, IReadOnlyList<ConditionSyntax> Items) : ConditionSyntax(Span);

public sealed record OrSyntax(SourceSpan Span, IReadOnlyList<ConditionSyntax> Items) : ConditionSyntax(Span);

public sealed record NotSyntax(SourceSpan Span, ConditionSyntax Operand) : ConditionSyntax(Span);

/// <summary><c>±input ± input … OP value [± hysteresis] [for duration]</c>.</summary>
public sealed record CompareSyntax(
    SourceSpan Span,
    IReadOnlyList<TermSyntax> Terms,
    string Op,
    SourceSpan OpSpan,
    QuantitySyntax Value,
    QuantitySyntax? Hysteresis,
    QuantitySyntax? For) : ConditionSyntax(Span);

public sealed record TermSyntax(SourceSpan Span, bool Negative, string Input);
