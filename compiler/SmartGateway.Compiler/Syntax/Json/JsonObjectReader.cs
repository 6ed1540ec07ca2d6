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
