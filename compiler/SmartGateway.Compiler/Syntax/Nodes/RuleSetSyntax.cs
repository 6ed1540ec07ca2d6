using SmartGateway.Compiler.Diagnostics;

namespace SmartGateway.Compiler.Syntax.Nodes;

/// <summary>
/// One parsed rule file, from either front end (text DSL or automation JSON). Numbers stay as their
/// source text and units stay unresolved: the binder checks and converts them, with their spans.
/// </summary>
public sealed record RuleSetSyntax(string Path, IReadOnlyList<AutomationSyntax> Automations)
{
    /// <summary>The file's comments by construct; formatting only, never meaning.</summary>
    public Comments.CommentMap Comments { get; init; } = Syntax.Comments.CommentMap.Empty;
}

public enum AutomationMode
{
    OnChange,
    Continuous,
}

public sealed record AutomationSyntax(
    SourceSpan Span,
    string Name,
    bool Enabled,
    AutomationMode Mode,
    QuantitySyntax? MinOn,
    QuantitySyntax? MinOff,
    ConditionSyntax Condition,
    IReadOnlyList<ActionSyntax> OnTrue,
    IReadOnlyList<ActionSyntax> OnFalse)
{
    /// <summary>Where the DSL's keywords and closing braces stand, so comments can be placed by them (null from JSON).</summary>
    public AutomationLayout? Layout { get; init; }
}

/// <summary>The DSL positions of an automation's lines that are not constructs of their own: then, else and closing braces.</summary>
public sealed record AutomationLayout(SourceSpan Then, SourceSpan? ThenEnd, SourceSpan? Else, SourceSpan? ElseEnd, SourceSpan End);

/// <summary>A number as written (exact decimal text) with an optional unit, e.g. "10" "kW".</summary>
public sealed record QuantitySyntax(SourceSpan Span, string Number, string? Unit);
