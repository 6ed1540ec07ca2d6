using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Syntax.Comments;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Formatting;

/// <summary>Prints a rule set as canonical automation JSON (docs/FORMATS.md): every member explicit, fixed order;
/// "comments" members only where there are comments.</summary>
public static class JsonFormatter
{
    public static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(BoundRuleSet rules)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Indented))
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            CommentMap comments = rules.Comments;
            if (comments.Header.Count > 0 || comments.Trailer.Count > 0)
            {
                w.WriteStartObject("comments");
                Lines(w, "header", comments.Header);
                Lines(w, "trailer", comments.Trailer);
                w.WriteEndObject();
            }
            w.WriteStartArray("automations");
            for (int i = 0; i < rules.Automations.Count; i++) Automation(w, rules.Automations[i], CommentKeys.Automation(i), comments);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Automation(Utf8JsonWriter w, BoundAutomation a, string key, CommentMap comments)
    {
        w.WriteStartObject();
        w.WriteString("name", a.Name);
        w.WriteBoolean("enabled", a.Enabled);
        w.WriteString("mode", a.Continuous ? "continuous" : "on_change");
        w.WriteNumber("min_on", a.MinOnSeconds);
        w.WriteNumber("min_off", a.MinOffSeconds);
        w.WritePropertyName("condition");
        Condition(w, a.Condition, CommentKeys.Condition(key), comments);
        Actions(w, "on_true", a.OnTrue, key, true, comments);
        Actions(w, "on_false", a.OnFalse, key, false, comments);
        var slots = CommentKeys.AutomationSlots.Select(s => (s.Json, Comments: comments[CommentKeys.Slot(key, s.Key)])).Where(s => !s.Comments.IsEmpty).ToList();
        Comments own = comments[key];
        if (!own.IsEmpty || slots.Count > 0)
        {
            w.WriteStartObject("comments");
            Members(w, own);
            foreach ((string json, Comments c) in slots)
            {
                w.WriteStartObject(json);
                Members(w, c);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    /// <summary>The "comments" member of a condition block or action (docs/FORMATS.md, "Comments"), when it has any.</summary>
    internal static void Write(Utf8JsonWriter w, Comments comments)
    {
        if (comments.IsEmpty) return;
        w.WriteStartObject("comments");
        Members(w, comments);
        w.WriteEndObject();
    }

    private static void Members(Utf8JsonWriter w, Comments comments)
    {
        Lines(w, "before", comments.Before);
        if (comments.After != null) w.WriteString("after", comments.After);
    }

    private static void Lines(Utf8JsonWriter w, string name, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) return;
        w.WriteStartArray(name);
        foreach (string line in lines) w.WriteStringValue(line);
        w.WriteEndArray();
    }

    private static void Condition(Utf8JsonWriter w, BoundCondition c, string key, CommentMap comments)
    {
        w.WriteStartObject();
        switch (c)
        {
            case BoundAnd and:
                Blocks(w, "and", and.Items, key, comments);
                break;
            case BoundOr or:
                Blocks(w, "or", or.Items, key, comments);
                break;
            case BoundNot not:
                w.WritePropertyName("not");
                Condition(w, not.Operand, CommentKeys.Item(key, 0), comments);
                break;
            case BoundCompare compare:
                w.WriteStartObject("compare");
                w.WriteStartArray("inputs");
                foreach (BoundTerm t in compare.Terms)
                {
                    w.WriteStartObject();
                    w.WriteString("sign", t.Negative ? "-" : "+");
                    w.WriteString("input", t.Input.Path);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteString("op", CompareOps.Symbol(compare.Op));
                w.WritePropertyName("value");
                w.WriteRawValue(Fixed.ToText(compare.Value));
                w.WritePropertyName("hysteresis");
                w.WriteRawValue(Fixed.ToText(compare.Hysteresis));
                w.WriteNumber("for", compare.ForSeconds);
                w.WriteEndObject();
                break;
        }
        Write(w, comments[key]);
        w.WriteEndObject();
    }

    private static void Blocks(Utf8JsonWriter w, string name, IReadOnlyList<BoundCondition> items, string key, CommentMap comments)
    {
        w.WriteStartArray(name);
        for (int i = 0; i < items.Count; i++) Condition(w, items[i], CommentKeys.Item(key, i), comments);
        w.WriteEndArray();
    }

    private static void Actions(Utf8JsonWriter w, string name, IReadOnlyList<BoundAction> actions, string automation, bool onTrue, CommentMap comments)
    {
        w.WriteStartArray(name);
        for (int i = 0; i < actions.Count; i++)
        {
            ActionJson.Write(w, ActionJson.ToEntry(actions[i]), comments[CommentKeys.Action(automation, onTrue, i)]);
        }
        w.WriteEndArray();
    }
}
