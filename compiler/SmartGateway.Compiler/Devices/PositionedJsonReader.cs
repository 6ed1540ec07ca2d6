using System.Text;
using System.Text.Json;

namespace SmartGateway.Compiler.Devices;

/// <summary>
/// Reads JSON into <see cref="JsonNode"/>s that remember where they start. System.Text.Json's DOM keeps
/// no positions, so this walks Utf8JsonReader tokens and maps byte offsets to line/column.
/// </summary>
internal static class PositionedJsonReader
{
    /// <summary>Parses text; on a syntax error returns null with the message and its 1-based position.</summary>
    public static JsonNode? Parse(string text, out string? error, out int errorLine, out int errorColumn)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        int[] lineStarts = LineStarts(bytes);
        var options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false };
        var reader = new Utf8JsonReader(bytes, options);
        error = null;
        errorLine = 1;
        errorColumn = 1;
        try
        {
            if (!reader.Read())
            {
                error = "the file is empty";
                return null;
            }
            JsonNode root = ReadValue(ref reader, lineStarts, bytes);
            if (reader.Read())
            {
                (errorLine, errorColumn) = Position(lineStarts, bytes, (int)reader.TokenStartIndex);
                error = "unexpected content after the end of the document";
                return null;
            }
            return root;
        }
        catch (JsonException e)
        {
            error = FirstSentence(e.Message);
            errorLine = (int)(e.LineNumber ?? 0) + 1;
            errorColumn = (int)(e.BytePositionInLine ?? 0) + 1;
            return null;
        }
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader, int[] lineStarts, byte[] bytes)
    {
        var node = new JsonNode();
        (node.Line, node.Column) = Position(lineStarts, bytes, (int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                node.Kind = JsonNodeKind.Object;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    string name = reader.GetString() ?? "";
                    var (line, column) = Position(lineStarts, bytes, (int)reader.TokenStartIndex);
                    reader.Read();
                    node.Members.Add(new JsonMember(name, line, column, ReadValue(ref reader, lineStarts, bytes)));
                }
                break;
            case JsonTokenType.StartArray:
                node.Kind = JsonNodeKind.Array;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    node.Items.Add(ReadValue(ref reader, lineStarts, bytes));
                break;
            case JsonTokenType.String:
                node.Kind = JsonNodeKind.String;
                node.Text = reader.GetString() ?? "";
                break;
            case JsonTokenType.Number:
                node.Kind = JsonNodeKind.Number;
                node.Text = Encoding.UTF8.GetString(reader.ValueSpan);
                break;
            case JsonTokenType.True:
            case JsonTokenType.False:
                node.Kind = JsonNodeKind.Bool;
                node.Bool = reader.TokenType == JsonTokenType.True;
                break;
            default:
                node.Kind = JsonNodeKind.Null;
                break;
        }
        return node;
    }

    private static int[] LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < bytes.Length; i++) if (bytes[i] == (byte)'\n') starts.Add(i + 1);
        return [.. starts];
    }

    private static (int Line, int Column) Position(int[] lineStarts, byte[] bytes, int offset)
    {
        int index = Array.BinarySearch(lineStarts, offset);
        if (index < 0) index = ~index - 1;
        int start = lineStarts[index];
        // Columns count characters, not UTF-8 bytes: skip continuation bytes.
        int column = 1;
        for (int i = start; i < offset; i++) if ((bytes[i] & 0xC0) != 0x80) column++;
        return (index + 1, column);
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
