using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SmartGateway.Host.Tests.Mqtt.HomeAssistant;

/// <summary>
/// Renders the part of Home Assistant's Jinja templates a discovery config of the gateway may use:
/// <c>{{ value }}</c> (a command template's payload) and <c>{{ value_json.a.b }}</c> (a member of a JSON state).
/// Like Home Assistant, a missing or null member renders "None", which its MQTT entities read as unknown.
/// Anything else inside <c>{{ }}</c> or a <c>{% %}</c> block is refused, so a config cannot slip in a template
/// the tests do not understand.
/// </summary>
public static partial class HaTemplate
{
    public static string Render(string template, string? value = null, JsonNode? valueJson = null)
    {
        if (template.Contains("{%", StringComparison.Ordinal) || template.Contains("{#", StringComparison.Ordinal))
            throw new FormatException($"unsupported template block in {template}");
        var output = new StringBuilder();
        int at = 0;
        while (true)
        {
            int open = template.IndexOf("{{", at, StringComparison.Ordinal);
            if (open < 0) break;
            int close = template.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0) throw new FormatException($"unclosed {{{{ in {template}");
            output.Append(template, at, open - at);
            output.Append(Expression(template[(open + 2)..close].Trim(), value, valueJson));
            at = close + 2;
        }
        return output.Append(template, at, template.Length - at).ToString();
    }

    /// <summary>The members a template reads from <c>value_json</c> (<c>a.b</c> for <c>value_json.a.b</c>).</summary>
    public static IReadOnlyList<string> JsonPaths(string template) =>
        [.. Expressions().Matches(template).Select(m => m.Groups["path"].Value).Where(p => p.Length > 0)];

    private static string Expression(string expression, string? value, JsonNode? valueJson)
    {
        if (expression == "value") return value ?? throw new FormatException("{{ value }} without a value");
        Match match = JsonPath().Match(expression);
        if (!match.Success) throw new FormatException($"unsupported template expression {{{{ {expression} }}}}");
        JsonNode? node = valueJson;
        foreach (string member in match.Groups["path"].Value.Split('.')) node = (node as JsonObject)?[member];
        return node switch
        {
            null => "None",
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            JsonValue v when v.GetValueKind() == JsonValueKind.True => "True",
            JsonValue v when v.GetValueKind() == JsonValueKind.False => "False",
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<double>().ToString("R", CultureInfo.InvariantCulture),
            _ => node.ToJsonString(),
        };
    }

    [GeneratedRegex(@"^value_json\.(?<path>[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*)$")]
    private static partial Regex JsonPath();

    [GeneratedRegex(@"\{\{\s*value_json\.(?<path>[A-Za-z0-9_.]+)\s*\}\}")]
    private static partial Regex Expressions();
}
