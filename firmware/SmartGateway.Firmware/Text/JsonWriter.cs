using System.Text;

namespace SmartGateway.Firmware.Text;

/// <summary>
/// A small JSON text builder for the REST and MQTT answers: the shapes are fixed by the manual and docs/SG-REST.md,
/// so they are written member by member instead of through reflection. Commas are tracked per level.
/// </summary>
public sealed class JsonWriter
{
    private readonly StringBuilder _text = new StringBuilder();
    private readonly bool[] _first = new bool[16];
    private int _depth;

    public JsonWriter BeginObject() => Open('{');
    public JsonWriter EndObject() => Close('}');
    public JsonWriter BeginArray() => Open('[');
    public JsonWriter EndArray() => Close(']');

    public JsonWriter BeginObject(string name) => Name(name).Open('{');
    public JsonWriter BeginArray(string name) => Name(name).Open('[');

    public JsonWriter String(string name, string value) => Name(name).StringValue(value);
    public JsonWriter Number(string name, long value) => Name(name).Raw(value.ToString());
    public JsonWriter Bool(string name, bool value) => Name(name).Raw(value ? "true" : "false");
    public JsonWriter Null(string name) => Name(name).Raw("null");

    /// <summary>A fixed-point value as a JSON number (micro-units → base-10 text, exact).</summary>
    public JsonWriter Fixed(string name, long micro) => Name(name).Raw(Runtime.Values.Fixed.ToText(micro));

    public JsonWriter StringValue(string value)
    {
        Separate();
        _text.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '"' || c == '\\') _text.Append('\\').Append(c);
            else if (c == '\n') _text.Append("\\n");
            else if (c == '\r') _text.Append("\\r");
            else if (c == '\t') _text.Append("\\t");
            else if (c < ' ') _text.Append("\\u").Append(((int)c).ToString("X4"));
            else _text.Append(c);
        }
        _text.Append('"');
        return this;
    }

    public JsonWriter NumberValue(long value) => Raw(value.ToString());

    public override string ToString() => _text.ToString();

    private JsonWriter Name(string name)
    {
        StringValue(name);
        _text.Append(':');
        // The value that follows belongs to this member: no comma before it.
        _first[_depth] = true;
        return this;
    }

    private JsonWriter Raw(string text)
    {
        Separate();
        _text.Append(text);
        return this;
    }

    private JsonWriter Open(char c)
    {
        Separate();
        _text.Append(c);
        _depth++;
        _first[_depth] = true;
        return this;
    }

    private JsonWriter Close(char c)
    {
        _depth--;
        _first[_depth] = false;
        _text.Append(c);
        return this;
    }

    private void Separate()
    {
        if (!_first[_depth]) _text.Append(',');
        _first[_depth] = false;
    }
}
