using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Syntax.Comments;
using SmartGateway.Compiler.Syntax.Nodes;

namespace SmartGateway.Compiler.Syntax.Text;

/// <summary>The constructs of a parsed rule set a comment can belong to, named by <see cref="CommentKeys"/>.</summary>
internal static class RuleSetAnchors
{
    public static List<CommentAnchor> Of(IReadOnlyList<AutomationSyntax> automations)
    {
        var anchors = new List<CommentAnchor>();
        for (int i = 0; i < automations.Count; i++) AddAnchors(automations[i], CommentKeys.Automation(i), anchors);
        return anchors;
    }

    private static void AddAnchors(AutomationSyntax a, string key, List<CommentAnchor> anchors)
    {
        Add(anchors, a.Span, key);
        if (a.MinOn != null) Add(anchors, a.MinOn.Span, CommentKeys.Slot(key, CommentKeys.MinOn));
        if (a.MinOff != null) Add(anchors, a.MinOff.Span, CommentKeys.Slot(key, CommentKeys.MinOff));
        AddCondition(a.Condition, CommentKeys.Condition(key), anchors);
        for (int i = 0; i < a.OnTrue.Count; i++) Add(anchors, a.OnTrue[i].Span, CommentKeys.Action(key, true, i));
        for (int i = 0; i < a.OnFalse.Count; i++) Add(anchors, a.OnFalse[i].Span, CommentKeys.Action(key, false, i));
        if (a.Layout is not { } layout) return;
        Add(anchors, layout.Then, CommentKeys.Slot(key, CommentKeys.Then));
        if (layout.ThenEnd is { } thenEnd) Add(anchors, thenEnd, CommentKeys.Slot(key, CommentKeys.ThenEnd));
        if (layout.Else is { } elseSpan) Add(anchors, elseSpan, CommentKeys.Slot(key, CommentKeys.Else));
        if (layout.ElseEnd is { } elseEnd) Add(anchors, elseEnd, CommentKeys.Slot(key, CommentKeys.ElseEnd));
        Add(anchors, layout.End, CommentKeys.Slot(key, CommentKeys.End));
    }

    /// <summary>Outer blocks before inner ones, so the stable order puts the outermost first among equals.</summary>
    private static void AddCondition(ConditionSyntax c, string key, List<CommentAnchor> anchors)
    {
        Add(anchors, c.Span, key);
        switch (c)
        {
            case AndSyntax and:
                for (int i = 0; i < and.Items.Count; i++) AddCondition(and.Items[i], CommentKeys.Item(key, i), anchors);
                break;
            case OrSyntax or:
                for (int i = 0; i < or.Items.Count; i++) AddCondition(or.Items[i], CommentKeys.Item(key, i), anchors);
                break;
            case NotSyntax not:
                AddCondition(not.Operand, CommentKeys.Item(key, 0), anchors);
                break;
        }
    }

    private static void Add(List<CommentAnchor> anchors, SourceSpan span, string key) => anchors.Add(new CommentAnchor(span.Line, span.Column, key));
}
