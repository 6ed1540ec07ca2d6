using System.Globalization;
using System.Text.Json;
using SmartGateway.Compiler.Syntax.Json;

namespace SmartGateway.Compiler.Traces;

/// <summary>JSON value equality as a reader sees it: member order ignored, numbers compared by value (5 = 5.0).</summary>
internal static class JsonEquality
{
    public static bool Same(JNode expected, JsonElement actual) => expected switch
    {
        JObject o => actual.ValueKind == JsonValueKind.Object
            && o.Members.Count == actual.EnumerateObject().Count()
            && o.Members.All(m => actual.TryGetProperty(m.Name, out JsonElement v) && Same(m.Value, v)),
        JArray a => actual.ValueKind == JsonValueKind.Array
            && a.Items.Count == actual.GetArrayLength()
            && a.Items.Select((item, i) => Same(item, actual[i])).All(x => x),
        JString s => actual.ValueKind == JsonValueKind.String && actual.GetString() == s.Value,
        JNumber n => actual.ValueKind == JsonValueKind.Number && SameNumber(n.Text, actual.GetRawText()),
        JBool b => actual.ValueKind == (b.Value ? JsonValueKind.True : JsonValueKind.False),
        _ => actual.ValueKind == JsonValueKind.Null,
    };

    public static string Text(JNode node) => node switch
    {
        JObject o => "{" + string.Join(",", o.Members.Select(m => JsonSerializer.Serialize(m.Name) + ":" + Text(m.Value))) + "}",
        JArray a => "[" + string.Join(",", a.Items.Select(Text)) + "]",
        JString s => JsonSerializer.Serialize(s.Value),
        JNumber n => n.Text,
        JBool b => b.Value ? "true" : "false",
        _ => "null",
    };

    private static bool SameNumber(string a, string b)
    {
        const NumberStyles style = NumberStyles.Float;
        return decimal.TryParse(a, style, CultureInfo.InvariantCulture, out decimal x)
            && decimal.TryParse(b, style, CultureInfo.InvariantCulture, out decimal y) ? x == y : a == b;
    }
}
