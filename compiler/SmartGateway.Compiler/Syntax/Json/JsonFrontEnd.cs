using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Syntax.Comments;
using SmartGateway.Compiler.Syntax.Nodes;

namespace SmartGateway.Compiler.Syntax.Json;

/// <summary>
/// The automation JSON of docs/FORMATS.md onto the same syntax tree as the text DSL. Shape errors are
/// reported here with their JSON path; meaning (inputs, units, ranges) is the binder's job.
/// </summary>
public static class JsonFrontEnd
{
    public static RuleSetSyntax Parse(string path, byte[] utf8, DiagnosticBag diagnostics)
    {
        JNode? root = JsonDom.Parse(path, utf8, diagnostics);
        if (root == null) return new RuleSetSyntax(path, []);
        if (root is not JObject obj)
        {
            diagnostics.Add(DiagnosticCodes.JsonWrongType, root.Span, "document", "an object with \"automations\"");
            return new RuleSetSyntax(path, []);
        }
        var top = new JsonObjectReader(obj, "", diagnostics, "version", "automations", "comments");
        var comments = new CommentMap();
        if (top.Nested("comments", "header", "trailer") is { } fileComments)
        {
            comments.Header.AddRange(CommentLines(fileComments, "header", diagnostics));
            comments.Trailer.AddRange(CommentLines(fileComments, "trailer", diagnostics));
        }
        JNumber? version = top.Number("version", required: false);
        if (version != null && version.Text != "1") diagnostics.Add(DiagnosticCodes.JsonBadVersion, version.Span, "version", version.Text);
        JArray? list = top.Array("automations", required: true);
        var automations = new List<AutomationSyntax>();
        if (list != null)
        {
            for (int i = 0; i < list.Items.Count; i++)
            {
                AutomationSyntax? a = Automation(list.Items[i], $"automations[{i}]", CommentKeys.Automation(automations.Count), comments, diagnostics);
                if (a != null) automations.Add(a);
            }
        }
        return ComparisonsAreBounded(automations, diagnostics) ? new RuleSetSyntax(path, automations) { Comments = comments } : new RuleSetSyntax(path, []);
    }

    /// <summary>Refuses more than <see cref="SourceLimits.MaxComparisons"/> comparisons, at the one too many, before binding.</summary>
    private static bool ComparisonsAreBounded(List<AutomationSyntax> automations, DiagnosticBag diagnostics)
    {
        int count = 0;
        bool Within(ConditionSyntax c) => c switch
        {
            AndSyntax and => and.Items.All(Within),
            OrSyntax or => or.Items.All(Within),
            NotSyntax not => Within(not.Operand),
            _ => ++count <= SourceLimits.MaxComparisons || Refuse(c.Span),
        };
        bool Refuse(SourceSpan at)
        {
            SourceLimits.TooManyComparisons(at, diagnostics);
            return false;
        }
        return automations.All(a => Within(a.Condition));
    }

    private static AutomationSyntax? Automation(JNode node, string at, string key, CommentMap comments, DiagnosticBag diagnostics)
    {
        if (!IsObject(node, at, diagnostics, out JObject? obj)) return null;
        var r = new JsonObjectReader(obj, at, diagnostics,
            "name", "enabled", "mode", "min_on", "min_off", "condition", "on_true", "on_false", "comments");
        ReadComments(r, key, comments, diagnostics, CommentKeys.AutomationSlots);
        JString? name = r.String("name", required: true);
        JBool? enabled = r.Bool("enabled", required: false);
        JString? mode = r.String("mode", required: true);
        AutomationMode parsedMode = AutomationMode.OnChange;
        if (mode != null)
        {
            if (mode.Value == "continuous") parsedMode = AutomationMode.Continuous;
            else if (mode.Value != "on_change")
            {
                diagnostics.Add(DiagnosticCodes.JsonBadEnum, mode.Span, r.PathOf("mode"), mode.Value, "\"on_change\", \"continuous\"");
            }
        }
        QuantitySyntax? minOn = Quantity(r.Number("min_on", required: false));
        QuantitySyntax? minOff = Quantity(r.Number("min_off", required: false));
        JObject? conditionNode = r.Object("condition", required: true);
        ConditionSyntax? condition = conditionNode == null ? null
            : Condition(conditionNode, r.PathOf("condition"), CommentKeys.Condition(key), comments, diagnostics);
        IReadOnlyList<ActionSyntax> onTrue = Actions(r.Array("on_true", required: false), r.PathOf("on_true"), key, true, comments, diagnostics);
        IReadOnlyList<ActionSyntax> onFalse = Actions(r.Array("on_false", required: false), r.PathOf("on_false"), key, false, comments, diagnostics);
        if (name == null || mode == null || condition == null) return null;
        return new AutomationSyntax(obj.Span, name.Value, enabled?.Value ?? true, parsedMode, minOn, minOff, condition, onTrue, onFalse);
    }

    private static ConditionSyntax? Condition(JObject obj, string at, string key, CommentMap comments, DiagnosticBag diagnostics)
    {
        var r = new JsonObjectReader(obj, at, diagnostics, "and", "or", "not", "compare", "comments");
        ReadComments(r, key, comments, diagnostics);
        int kinds = (r.Has("and") ? 1 : 0) + (r.Has("or") ? 1 : 0) + (r.Has("not") ? 1 : 0) + (r.Has("compare") ? 1 : 0);
        if (kinds != 1)
        {
            if (kinds > 1 || obj.Members.All(m => m.Name == "comments")) diagnostics.Add(DiagnosticCodes.JsonBlockShape, obj.Span, at);
            return null;
        }
        if (r.Has("and") || r.Has("or"))
        {
            string kind = r.Has("and") ? "and" : "or";
            JArray? items = r.Array(kind, required: true);
            if (items == null) return null;
            if (items.Items.Count == 0)
            {
                diagnostics.Add(DiagnosticCodes.JsonEmptyList, items.Span, at, kind);
                return null;
            }
            var blocks = new List<ConditionSyntax>();
            bool ok = true;
            for (int i = 0; i < items.Items.Count; i++)
            {
                string itemPath = $"{at}.{kind}[{i}]";
                ConditionSyntax? c = IsObject(items.Items[i], itemPath, diagnostics, out JObject? o)
                    ? Condition(o, itemPath, CommentKeys.Item(key, i), comments, diagnostics) : null;
                if (c == null) ok = false;
                else blocks.Add(c);
            }
            if (!ok) return null;
            return kind == "and" ? new AndSyntax(obj.Span, blocks) : new OrSyntax(obj.Span, blocks);
        }
        if (r.Has("not"))
        {
            JObject? operand = r.Object("not", required: true);
            ConditionSyntax? c = operand == null ? null : Condition(operand, r.PathOf("not"), CommentKeys.Item(key, 0), comments, diagnostics);
            return c == null ? null : new NotSyntax(obj.Span, c);
        }
        JObject? compare = r.Object("compare", required: true);
        return compare == null ? null : Compare(compare, r.PathOf("compare"), diagnostics);
    }

    private static ConditionSyntax? Compare(JObject obj, string at, DiagnosticBag diagnostics)
    {
        var r = new JsonObjectReader(obj, at, diagnostics, "inputs", "op", "value", "hysteresis", "for");
        JArray? inputs = r.Array("inputs", required: true);
        JString? op = r.String("op", required: true);
        JNumber? value = r.Number("value", required: true);
        JNumber? hysteresis = r.Number("hysteresis", required: false);
        JNumber? duration = r.Number("for", required: false);
        var terms = new List<TermSyntax>();
        bool ok = inputs != null;
        if (inputs != null)
        {
            if (inputs.Items.Count == 0)
            {
                diagnostics.Add(DiagnosticCodes.JsonEmptyInputs, inputs.Span, r.PathOf("inputs"));
                ok = false;
            }
            for (int i = 0; i < inputs.Items.Count; i++)
            {
                TermSyntax? t = Term(inputs.Items[i], $"{r.PathOf("inputs")}[{i}]", diagnostics);
                if (t == null) ok = false;
                else terms.Add(t);
            }
        }
        if (op != null && !IsOperator(op.Value))
        {
            diagnostics.Add(DiagnosticCodes.JsonBadEnum, op.Span, r.PathOf("op"), op.Value, "\">\", \">=\", \"<\", \"<=\", \"==\", \"!=\"");
            ok = false;
        }
        if (!ok || op == null || value == null) return null;
        return new CompareSyntax(obj.Span, terms, op.Value, op.Span, Quantity(value)!, Quantity(hysteresis), Quantity(duration));
    }

    private static TermSyntax? Term(JNode node, string at, DiagnosticBag diagnostics)
    {
        if (!IsObject(node, at, diagnostics, out JObject? obj)) return null;
        var r = new JsonObjectReader(obj, at, diagnostics, "sign", "input");
        JString? sign = r.String("sign", required: false);
        JString? input = r.String("input", required: true);
        if (sign != null && sign.Value != "+" && sign.Value != "-")
        {
            diagnostics.Add(DiagnosticCodes.JsonBadEnum, sign.Span, r.PathOf("sign"), sign.Value, "\"+\", \"-\"");
            return null;
        }
        return input == null ? null : new TermSyntax(input.Span, sign?.Value == "-", input.Value);
    }

    private static IReadOnlyList<ActionSyntax> Actions(JArray? list, string at, string automation, bool onTrue, CommentMap comments, DiagnosticBag diagnostics)
    {
        var actions = new List<ActionSyntax>();
        if (list == null) return actions;
        for (int i = 0; i < list.Items.Count; i++)
        {
            ActionSyntax? a = Action(list.Items[i], $"{at}[{i}]", CommentKeys.Action(automation, onTrue, actions.Count), comments, diagnostics);
            if (a != null) actions.Add(a);
        }
        return actions;
    }

    private static ActionSyntax? Action(JNode node, string at, string key, CommentMap comments, DiagnosticBag diagnostics)
    {
        if (!IsObject(node, at, diagnostics, out JObject? obj)) return null;
        var r = new JsonObjectReader(obj, at, diagnostics, "bicom", "modbus", "mqtt", "comments");
        ReadComments(r, key, comments, diagnostics);
        int kinds = (r.Has("bicom") ? 1 : 0) + (r.Has("modbus") ? 1 : 0) + (r.Has("mqtt") ? 1 : 0);
        if (kinds != 1)
        {
            if (kinds > 1 || obj.Members.All(m => m.Name == "comments"))
            {
                diagnostics.Add(DiagnosticCodes.JsonBlockShape, obj.Span, at + " (an action has exactly one of \"bicom\", \"modbus\", \"mqtt\")");
            }
            return null;
        }
        if (r.Has("bicom"))
        {
            JObject? b = r.Object("bicom", required: true);
            if (b == null) return null;
            var br = new JsonObjectReader(b, r.PathOf("bicom"), diagnostics, "target", "function");
            JString? target = br.String("target", required: true);
            JString? function = br.String("function", required: true);
            if (function != null && function.Value is not ("on" or "off" or "toggle"))
            {
                diagnostics.Add(DiagnosticCodes.JsonBadEnum, function.Span, br.PathOf("function"), function.Value, "\"on\", \"off\", \"toggle\"");
                return null;
            }
            return target == null || function == null ? null
                : new BicomActionSyntax(b.Span, target.Value, target.Span, function.Value, function.Span);
        }
        if (r.Has("modbus"))
        {
            JObject? m = r.Object("modbus", required: true);
            if (m == null) return null;
            var mr = new JsonObjectReader(m, r.PathOf("modbus"), diagnostics, "address", "function", "register", "type", "value");
            JNumber? address = mr.Number("address", required: true);
            JNumber? function = mr.Number("function", required: true);
            JNumber? register = mr.Number("register", required: true);
            JString? type = mr.String("type", required: true);
            JNumber? value = mr.Number("value", required: true);
            if (address == null || function == null || register == null || type == null || value == null) return null;
            return new ModbusActionSyntax(m.Span, Quantity(address)!, Quantity(function)!, Quantity(register)!, type.Value, type.Span, Quantity(value)!);
        }
        JObject? q = r.Object("mqtt", required: true);
        if (q == null) return null;
        var qr = new JsonObjectReader(q, r.PathOf("mqtt"), diagnostics, "link", "subtopic", "message");
        JNumber? link = qr.Number("link", required: true);
        JString? subtopic = qr.String("subtopic", required: true);
        JString? message = qr.String("message", required: true);
        if (link == null || subtopic == null || message == null) return null;
        return new MqttActionSyntax(q.Span, Quantity(link)!, subtopic.Value, message.Value);
    }

    /// <summary>A node's "comments" member (docs/FORMATS.md, "Comments"), with the automation's line slots when given.</summary>
    private static void ReadComments(JsonObjectReader r, string key, CommentMap comments, DiagnosticBag diagnostics,
        params (string Key, string Json)[] slots)
    {
        string[] allowed = ["before", "after", .. slots.Select(s => s.Json)];
        if (r.Nested("comments", allowed) is not { } c) return;
        comments.Set(key, ReadOne(c, diagnostics));
        foreach ((string slot, string json) in slots)
        {
            if (c.Nested(json, "before", "after") is { } s) comments.Set(CommentKeys.Slot(key, slot), ReadOne(s, diagnostics));
        }
    }

    private static Comments.Comments ReadOne(JsonObjectReader c, DiagnosticBag diagnostics)
    {
        List<string> before = CommentLines(c, "before", diagnostics);
        JString? after = c.String("after", required: false);
        if (after != null && !IsComment(after.Value))
        {
            diagnostics.Add(DiagnosticCodes.JsonBadComment, after.Span, c.PathOf("after"));
            after = null;
        }
        return new Comments.Comments(before, after?.Value.TrimEnd());
    }

    /// <summary>Whole-line comments; "" stands for a blank line.</summary>
    private static List<string> CommentLines(JsonObjectReader r, string member, DiagnosticBag diagnostics)
    {
        var lines = new List<string>();
        IReadOnlyList<JNode> items = r.Items(member, required: false);
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is JString s && (s.Value.Length == 0 || IsComment(s.Value))) lines.Add(s.Value.TrimEnd());
            else diagnostics.Add(DiagnosticCodes.JsonBadComment, items[i].Span, $"{r.PathOf(member)}[{i}]");
        }
        return lines;
    }

    private static bool IsComment(string text) =>
        (text.StartsWith("#", StringComparison.Ordinal) || text.StartsWith("//", StringComparison.Ordinal)) && text.IndexOfAny(['\n', '\r']) < 0;

    private static bool IsObject(JNode node, string at, DiagnosticBag diagnostics, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JObject? obj)
    {
        obj = node as JObject;
        if (obj == null) diagnostics.Add(DiagnosticCodes.JsonWrongType, node.Span, at, "an object");
        return obj != null;
    }

    private static bool IsOperator(string op) => op is ">" or ">=" or "<" or "<=" or "==" or "!=";

    private static QuantitySyntax? Quantity(JNumber? n) => n == null ? null : new QuantitySyntax(n.Span, n.Text, null);
}
