namespace SmartGateway.Compiler.Devices;

/// <summary>A JSON value with the line and column it starts at, so semantic errors can point at it.</summary>
internal sealed class JsonNode
{
    public JsonNodeKind Kind;
    public int Line;
    public int Column;

    /// <summary>String content, or the number's literal text.</summary>
    public string Text = "";

    public bool Bool;
    public List<JsonMember> Members = [];
    public List<JsonNode> Items = [];
}

internal enum JsonNodeKind
{
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

internal sealed record JsonMember(string Name, int Line, int Column, JsonNode Value);
