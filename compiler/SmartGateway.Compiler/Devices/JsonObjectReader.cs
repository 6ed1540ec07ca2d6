using System.Globalization;
using SmartGateway.Compiler.Diagnostics;

namespace SmartGateway.Compiler.Devices;

/// <summary>
/// Typed access to one JSON object's members, reporting unknown, duplicate, missing and mistyped members
/// at their own line and column with the member's JSON path.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly string _file;
    private readonly DiagnosticBag _bag;
    private readonly Dictionary<string, JsonMember> _members = new(StringComparer.Ordinal);

    public JsonObjectReader(string file, DiagnosticBag bag, JsonNode node, string path, params string[] allowed)
    {
        _file = file;
        _bag = bag;
        Node = node;
        Path = path;
        foreach (JsonMember m in node.Members)
        {
            if (System.Array.IndexOf(allowed, m.Name) < 0)
                bag.Add(DiagnosticCodes.JsonUnknownMember, At(m.Line, m.Column), path, m.Name);
            else if (!_members.TryAdd(m.Name, m))
                bag.Add(DiagnosticCodes.JsonDuplicateMember, At(m.Line, m.Column), path, m.Name);
        }
    }

    public JsonNode Node { get; }
    public string Path { get; }

    public string File => _file;

    public SourceSpan At(int line, int column) => new(_file, line, column);

    public SourceSpan SpanOf(string name) =>
        _members.TryGetValue(name, out var m) ? At(m.Value.Line, m.Value.Column) : At(Node.Line, Node.Column);

    public string PathOf(string name) => Path + "." + name;

    public bool Has(string name) => _members.ContainsKey(name);

    public JsonNode? Get(string name, JsonNodeKind kind, bool required)
    {
        if (!_members.TryGetValue(name, out var m))
        {
            if (required) _bag.Add(DiagnosticCodes.JsonMissingMember, At(Node.Line, Node.Column), Path, name);
            return null;
        }
        if (m.Value.Kind != kind)
        {
            _bag.Add(DiagnosticCodes.JsonWrongType, At(m.Value.Line, m.Value.Column), PathOf(name), Expected(kind));
            return null;
        }
        return m.Value;
    }

    public string? String(string name, bool required = true) => Get(name, JsonNodeKind.String, required)?.Text;

    public bool Bool(string name, bool fallback)
    {
        JsonNode? n = Get(name, JsonNodeKind.Bool, false);
        return n == null ? fallback : n.Bool;
    }

    /// <summary>An integer in [min, max]; reports SG0107 otherwise.</summary>
    public long? Integer(string name, long min, long max, bool required = true)
    {
        JsonNode? n = Get(name, JsonNodeKind.Number, required);
        if (n == null) return null;
        if (!long.TryParse(n.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v) || v < min || v > max)
        {
            _bag.Add(DiagnosticCodes.JsonBadNumber, At(n.Line, n.Column), PathOf(name), n.Text);
            return null;
        }
        return v;
    }

    /// <summary>A decimal with at most six decimals, as micro-units.</summary>
    public long? Fixed(string name, bool required = true)
    {
        JsonNode? n = Get(name, JsonNodeKind.Number, required);
        if (n == null) return null;
        if (!Runtime.Values.Fixed.TryParse(n.Text, out long v))
        {
            _bag.Add(DiagnosticCodes.JsonBadNumber, At(n.Line, n.Column), PathOf(name), n.Text);
            return null;
        }
        return v;
    }

    /// <summary>A string that must parse with tryParse; reports SG0106 with the choices otherwise.</summary>
    public byte? Choice(string name, Func<string, (bool Ok, byte Value)> tryParse, string choices, bool required)
    {
        JsonNode? n = Get(name, JsonNodeKind.String, required);
        if (n == null) return null;
        var (ok, value) = tryParse(n.Text);
        if (!ok)
        {
            _bag.Add(DiagnosticCodes.JsonBadEnum, At(n.Line, n.Column), PathOf(name), n.Text, choices);
            return null;
        }
        return value;
    }

    public List<JsonNode> Array(string name, bool required)
    {
        JsonNode? n = Get(name, JsonNodeKind.Array, required);
        return n?.Items ?? [];
    }

    /// <summary>Reads an element that must be an object.</summary>
    public JsonObjectReader? Object(JsonNode item, string path, params string[] allowed)
    {
        if (item.Kind != JsonNodeKind.Object)
        {
            _bag.Add(DiagnosticCodes.JsonWrongType, At(item.Line, item.Column), path, "an object");
            return null;
        }
        return new JsonObjectReader(_file, _bag, item, path, allowed);
    }

    private static string Expected(JsonNodeKind kind) => kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.Bool => "true or false",
        _ => "null",
    };
}
