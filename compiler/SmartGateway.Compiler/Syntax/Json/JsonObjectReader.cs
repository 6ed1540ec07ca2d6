using SmartGateway.Compiler.Diagnostics;

namespace SmartGateway.Compiler.Syntax.Json;

/// <summary>
/// Typed, checked access to the members of one JSON object: unknown members, missing required ones
/// and wrong types become diagnostics naming the JSON path, at the member's line and column.
/// </summary>
public sealed class JsonObjectReader
{
    private readonly JObject _object;
    private readonly DiagnosticBag _diagnostics;

    public JsonObjectReader(JObject obj, string jsonPath, DiagnosticBag diagnostics, params string[] allowed)
    {
        _object = obj;
        JsonPath = jsonPath;
        _diagnostics = diagnostics;
        foreach (JMember m in obj.Members)
        {
            if (System.Array.IndexOf(allowed, m.Name) < 0)
            {
                diagnostics.Add(DiagnosticCodes.JsonUnknownMember, m.NameSpan, jsonPath, m.Name);
            }
        }
    }

    public string JsonPath { get; }

    public SourceSpan Span => _object.Span;

    public string PathOf(string member) => JsonPath.Length == 0 ? member : $"{JsonPath}.{member}";

    public bool Has(string member) => _object[member] != null;

    public JString? String(string member, bool required) => Get<JString>(member, required, "a string");

    public JNumber? Number(string member, bool required) => Get<JNumber>(member, required, "a number");

    public JBool? Bool(string member, bool required) => Get<JBool>(member, required, "true or false");

    public JArray? Array(string member, bool required) => Get<JArray>(member, required, "an array");

    public JObject? Object(string member, bool required) => Get<JObject>(member, required, "an object");

    /// <summary>The span of a member's value, or of the object when the member is absent.</summary>
    public SourceSpan SpanOf(string member) => _object[member]?.Span ?? _object.Span;

    /// <summary>The text of a string member.</summary>
    public string? Text(string member, bool required = true) => String(member, required)?.Value;

    /// <summary>A boolean member, or <paramref name="fallback"/> when absent.</summary>
    public bool Flag(string member, bool fallback) => Bool(member, required: false)?.Value ?? fallback;

    /// <summary>A whole number in [min, max]; SG0107 otherwise.</summary>
    public long? Integer(string member, long min, long max, bool required = true)
    {
        JNumber? n = Number(member, required);
        if (n == null) return null;
        if (!long.TryParse(n.Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long v) || v < min || v > max)
        {
            _diagnostics.Add(DiagnosticCodes.JsonBadNumber, n.Span, PathOf(member), n.Text);
            return null;
        }
        return v;
    }

    /// <summary>A decimal with at most six decimals, in micro-units; SG0107 otherwise.</summary>
    public long? Fixed(string member, bool required = true)
    {
        JNumber? n = Number(member, required);
        if (n == null) return null;
        if (!Runtime.Values.Fixed.TryParse(n.Text, out long v))
        {
            _diagnostics.Add(DiagnosticCodes.JsonBadNumber, n.Span, PathOf(member), n.Text);
            return null;
        }
        return v;
    }

    /// <summary>A string that <paramref name="tryParse"/> accepts; SG0106 listing <paramref name="choices"/> otherwise.</summary>
    public byte? Choice(string member, Func<string, (bool Ok, byte Value)> tryParse, string choices, bool required)
    {
        JString? s = String(member, required);
        if (s == null) return null;
        (bool ok, byte value) = tryParse(s.Value);
        if (!ok)
        {
            _diagnostics.Add(DiagnosticCodes.JsonBadEnum, s.Span, PathOf(member), s.Value, choices);
            return null;
        }
        return value;
    }

    /// <summary>The items of an array member (none when absent or not an array).</summary>
    public IReadOnlyList<JNode> Items(string member, bool required) => Array(member, required)?.Items ?? [];

    /// <summary>A reader for an item that must be an object, with its own allowed members.</summary>
    public JsonObjectReader? Nested(JNode item, string jsonPath, params string[] allowed)
    {
        if (item is JObject obj) return new JsonObjectReader(obj, jsonPath, _diagnostics, allowed);
        _diagnostics.Add(DiagnosticCodes.JsonWrongType, item.Span, jsonPath, "an object");
        return null;
    }

    /// <summary>A reader for an optional object member, or null when it is absent (or reported as mistyped).</summary>
    public JsonObjectReader? Nested(string member, params string[] allowed) =>
        Object(member, required: false) is JObject obj ? new JsonObjectReader(obj, PathOf(member), _diagnostics, allowed) : null;

    /// <summary>The members of the object, in order.</summary>
    public IReadOnlyList<JMember> Members => _object.Members;

    private T? Get<T>(string member, bool required, string expected) where T : JNode
    {
        JNode? node = _object[member];
        if (node == null)
        {
            if (required) _diagnostics.Add(DiagnosticCodes.JsonMissingMember, _object.Span, JsonPath.Length == 0 ? "document" : JsonPath, member);
            return null;
        }
        if (node is T typed) return typed;
        _diagnostics.Add(DiagnosticCodes.JsonWrongType, node.Span, PathOf(member), expected);
        return null;
    }
}
