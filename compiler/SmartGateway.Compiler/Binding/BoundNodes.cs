using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Binding;

/// <summary>
/// A checked rule set: canonical input paths, values in micro-units of the base unit, durations in
/// seconds. This is the meaning of a rule file — formatters print it, the lowerer compiles it, and
/// the tests' reference evaluator runs it.
/// </summary>
public sealed record BoundRuleSet(IReadOnlyList<BoundAutomation> Automations)
{
    /// <summary>The source's comments, carried for the formatters; they never change the meaning.</summary>
    public Syntax.Comments.CommentMap Comments { get; init; } = Syntax.Comments.CommentMap.Empty;
}

public sealed record BoundAutomation(
    SourceSpan Span,
    string Name,
    bool Enabled,
    bool Continuous,
    long MinOnSeconds,
    long MinOffSeconds,
    BoundCondition Condition,
    IReadOnlyList<BoundAction> OnTrue,
    IReadOnlyList<BoundAction> OnFalse);

public abstract record BoundCondition(SourceSpan Span);

public sealed record BoundAnd(SourceSpan Span, IReadOnlyList<BoundCondition> Items) : BoundCondition(Span);

public sealed record BoundOr(SourceSpan Span, IReadOnlyList<BoundCondition> Items) : BoundCondition(Span);

public sealed record BoundNot(SourceSpan Span, BoundCondition Operand) : BoundCondition(Span);

/// <summary>Σ ±inputs OP value ± hysteresis, true only after <see cref="ForSeconds"/> of being true.</summary>
public sealed record BoundCompare(
    SourceSpan Span,
    IReadOnlyList<BoundTerm> Terms,
    CompareOp Op,
    long Value,
    long Hysteresis,
    long ForSeconds) : BoundCondition(Span);

public sealed record BoundTerm(bool Negative, InputInfo Input);

public abstract record BoundAction(SourceSpan Span);

public sealed record BoundBicom(SourceSpan Span, string Target, BicomFunction Function) : BoundAction(Span);

public sealed record BoundModbus(SourceSpan Span, int Address, int Function, int Register, RegisterType Type, long Value) : BoundAction(Span);

public sealed record BoundMqtt(SourceSpan Span, int Link, string Subtopic, string Message) : BoundAction(Span);
