using System.Text;
using System.Text.Json;
using SmartGateway.Compiler.Diagnostics;

namespace SmartGateway.Compiler.Syntax.Json;

/// <summary>
/// A JSON value that remembers where it stood, so every front end that reads JSON (rules, tariffs,
/// device maps, rule tests) can report <c>path(line,col)</c> for any member, not just for syntax errors.
/// </summary>
public abstract record JNode(SourceSpan Span)
{
    public abstract string Kind { get; }
}

public sealed record JObject(SourceSpan Span, IReadOnlyList<JMember> Members) : JNode(Span)
{
    public override string Kind => "an object";

    public JNode? this[string name]
    {
        get
        {
            foreach (JMember m in Members)
            {
                if (m.Name == name) return m.Value;
            }
            return null;
        }
    }
}

public sealed record JMember(string Name, SourceSpan NameSpan, JNode Value);

public sealed record JArray(SourceSpan Span, IReadOnlyList<JNode> Items) : JNode(Span)
{
    public override string Kind => "an array";
}

public sealed record JString(SourceSpan Span, string Value) : JNode(Span)
{
    public override string Kind => "a string";
}

/// <summary>A number kept as its exact source text.</summary>
public sealed record JNumber(SourceSpan Span, string Text) : JNode(Span)
{
    public override string Kind => "a number";
}

public sealed record JBool(SourceSpan Span, bool Value) : JNode(Span)
{
    public override string Kind => "true or false";
}

public sealed record JNull(SourceSpan Span) : JNode(Span)
{
    public override string Kind => "null";
}

/// <summary>Reads UTF-8 JSON into <see cref="JNode"/>s. Strict RFC 8259: no comments, no trailing commas.</summary>
public static class JsonDom
{
    public const int MaxDepth = 64;

    /// <summary>Parses a document; on a syntax error reports SG0100 at its position and returns null.</summary>
    public static JNode? Parse(string path, byte[] utf8, DiagnosticBag diagnostics)
    {
        int start = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? 3 : 0;
        var lines = new LineMap(path, utf8, start);
        var reader = new Utf8JsonReader(utf8.AsSpan(start), new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read())
            {
                diagnostics.Add(DiagnosticCodes.JsonSyntax, lines.At(0), "the file is empty");
                return null;
            }
            JNode? root = ReadValue(ref reader, lines, diagnostics);
            if (root != null && reader.Read())
            {
                diagnostics.Add(DiagnosticCodes.JsonSyntax, lines.At((int)reader.TokenStartIndex), "text after the end of the document");
                return null;
            }
            return root;
        }
        catch (JsonException e)
        {
            var span = new SourceSpan(path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            diagnostics.Add(DiagnosticCodes.JsonSyntax, span, FirstSentence(e.Message));
            return null;
        }
    }

    private static JNode? ReadValue(ref Utf8JsonReader reader, LineMap lines, DiagnosticBag diagnostics)
    {
        SourceSpan span = lines.At((int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var members = new List<JMember>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    SourceSpan nameSpan = lines.At((int)reader.TokenStartIndex);
                    string? name = Text(ref reader, nameSpan, diagnostics);
                    if (name == null) return null;
                    reader.Read();
                    JNode? value = ReadValue(ref reader, lines, diagnostics);
                    if (value == null) return null;
                    if (!seen.Add(name))
                    {
                        diagnostics.Add(DiagnosticCodes.JsonDuplicateMember, nameSpan, "object", name);
                        continue;
                    }
                    members.Add(new JMember(name, nameSpan, value));
                }
                return new JObject(span, members);
            }
            case JsonTokenType.StartArray:
            {
                var items = new List<JNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    JNode? item = ReadValue(ref reader, lines, diagnostics);
                    if (item == null) return null;
                    items.Add(item);
                }
                return new JArray(span, items);
            }
            case JsonTokenType.String:
                string? text = Text(ref reader, span, diagnostics);
                return text == null ? null : new JString(span, text);
            case JsonTokenType.Number:
                return new JNumber(span, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return new JBool(span, true);
            case JsonTokenType.False:
                return new JBool(span, false);
            default:
                return new JNull(span);
        }
    }

    /// <summary>A string token's text; invalid UTF-8 inside it is a syntax error at the token.</summary>
    private static string? Text(ref Utf8JsonReader reader, SourceSpan span, DiagnosticBag diagnostics)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            diagnostics.Add(DiagnosticCodes.JsonSyntax, span, "text is not valid UTF-8");
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    /// <summary>
    /// Byte offset → 1-based line and column (columns count characters, not bytes). Tokens arrive in
    /// order, so both the line and the column continue from the previous token: linear in the document
    /// whatever its line structure (a minified document is one line of megabytes).
    /// </summary>
    private sealed class LineMap(string path, byte[] bytes, int start)
    {
        private readonly int _start = start;
        private int _offset = start;
        private int _line = 1;
        private int _column = 1;

        public SourceSpan At(int relativeOffset)
        {
            int offset = Math.Min(relativeOffset + _start, bytes.Length);
            if (offset < _offset)
            {
                _offset = _start;
                _line = 1;
                _column = 1;
            }
            for (; _offset < offset; _offset++)
            {
                byte b = bytes[_offset];
                if (b == (byte)'\n')
                {
                    _line++;
                    _column = 1;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    _column++;
                }
            }
            return new SourceSpan(path, _line, _column);
        }
    }
}
