using System.Text;
using System.Text.Json;
using SmartGateway.Compiler.Diagnostics;

namespace SmartGateway.Compiler.Tariffs;

/// <summary>
/// A JSON value with its JSON path and line/column, because JsonDocument forgets positions and every
/// calendar error must point at its place. Built with Utf8JsonReader (comments and trailing commas refused).
/// </summary>
internal sealed class JsonTree
{
    private JsonTree(JsonValueKind kind, string path, SourceSpan span)
    {
        Kind = kind;
        Path = path;
        Span = span;
    }

    public JsonValueKind Kind { get; }
    public string Path { get; }
    public SourceSpan Span { get; }

    /// <summary>String value, or the raw text of a number.</summary>
    public string Text { get; private set; } = "";
    public List<(string Name, SourceSpan Span, JsonTree Value)> Members { get; } = [];
    public List<JsonTree> Items { get; } = [];

    public static JsonTree? Parse(string path, string text, DiagnosticBag bag)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        var lines = new List<int> { 0 };
        for (int i = 0; i < utf8.Length; i++) if (utf8[i] == (byte)'\n') lines.Add(i + 1);
        SourceSpan At(long offset)
        {
            int line = lines.BinarySearch((int)offset);
            if (line < 0) line = ~line - 1;
            int col = Encoding.UTF8.GetCharCount(utf8, lines[line], (int)offset - lines[line]) + 1;
            return new SourceSpan(path, line + 1, col);
        }
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 32 });
        try
        {
            if (!reader.Read())
            {
                bag.Add(DiagnosticCodes.JsonSyntax, SourceSpan.None(path), "the file is empty");
                return null;
            }
            JsonTree root = ReadValue(ref reader, "$", At);
            if (reader.Read()) throw new JsonException("text after the end of the JSON value");
            return root;
        }
        catch (JsonException e)
        {
            // The reader reports a 0-based line and byte position; make them 1-based like every diagnostic.
            var span = new SourceSpan(path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            string message = e.Message;
            int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            bag.Add(DiagnosticCodes.JsonSyntax, span, cut > 0 ? message[..cut].TrimEnd('.', ' ') : message);
            return null;
        }
    }

    private static JsonTree ReadValue(ref Utf8JsonReader reader, string path, Func<long, SourceSpan> at)
    {
        SourceSpan span = at(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var node = new JsonTree(JsonValueKind.Object, path, span);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    string name = reader.GetString()!;
                    SourceSpan nameSpan = at(reader.TokenStartIndex);
                    reader.Read();
                    node.Members.Add((name, nameSpan, ReadValue(ref reader, path + "." + name, at)));
                }
                return node;
            }
            case JsonTokenType.StartArray:
            {
                var node = new JsonTree(JsonValueKind.Array, path, span);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(ReadValue(ref reader, path + "[" + node.Items.Count + "]", at));
                }
                return node;
            }
            case JsonTokenType.String:
                return new JsonTree(JsonValueKind.String, path, span) { Text = reader.GetString()! };
            case JsonTokenType.Number:
                return new JsonTree(JsonValueKind.Number, path, span) { Text = Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new JsonTree(JsonValueKind.True, path, span);
            case JsonTokenType.False:
                return new JsonTree(JsonValueKind.False, path, span);
            default:
                return new JsonTree(JsonValueKind.Null, path, span);
        }
    }
}
