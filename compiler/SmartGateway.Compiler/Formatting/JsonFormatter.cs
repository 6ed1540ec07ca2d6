using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SmartGateway.Compiler.Binding;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Formatting;

/// <summary>Prints a rule set as canonical automation JSON (docs/FORMATS.md): every member explicit, fixed order.</summary>
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
            w.WriteStartArray("automations");
            foreach (BoundAutomation a in rules.Automations) Automation(w, a);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Automation(Utf8JsonWriter w, BoundAutomation a)
    {
        w.WriteStartObject();
        w.WriteString("name", a.Name);
        w.WriteBoolean("enabled", a.Enabled);
        w.WriteString("mode", a.Continuous ? "continuous" : "on_change");
        w.WriteNumber("min_on", a.MinOnSeconds);
        w.WriteNumber("min_off", a.MinOffSeconds);
        w.WritePropertyName("condition");
        Condition(w, a.Condition);
        Actions(w, "on_true", a.OnTrue);
        Actions(w, "on_false", a.OnFalse);
        w.WriteEndObject();
    }

    private static void Condition(Utf8JsonWriter w, BoundCondition c)
    {
        w.WriteStartObject();
        switch (c)
        {
            case BoundAnd and:
                Blocks(w, "and", and.Items);
                break;
            case BoundOr or:
                Blocks(w, "or", or.Items);
                break;
            case BoundNot not:
                w.WritePropertyName("not");
                Condition(w, not.Operand);
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
        w.WriteEndObject();
    }

    private static void Blocks(Utf8JsonWriter w, string name, IReadOnlyList<BoundCondition> items)
    {
        w.WriteStartArray(name);
        foreach (BoundCondition item in items) Condition(w, item);
        w.WriteEndArray();
    }

    private static void Actions(Utf8JsonWriter w, string name, IReadOnlyList<BoundAction> actions)
    {
        w.WriteStartArray(name);
        foreach (BoundAction a in actions) ActionJson.Write(w, ActionJson.ToEntry(a));
        w.WriteEndArray();
    }
}
