using System.Text.Json.Nodes;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Api;

/// <summary>
/// The settings answer is built as JSON (passwords left out), so its OpenAPI schema is checked here against a real
/// answer: every object has exactly the members its schema names, each of the schema's type.
/// </summary>
public sealed class SettingsContractTests : IClassFixture<GatewayFactory>
{
    private readonly GatewayFactory _factory;

    public SettingsContractTests(GatewayFactory factory) => _factory = factory;

    [Fact]
    public async Task TheSettingsAnswerHasExactlyTheMembersOfItsSchema()
    {
        HttpClient client = _factory.CreateClient();
        JsonNode schema = (await client.GetJsonAsync("/openapi/v1.json"))["paths"]!["/api/settings"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        JsonNode answer = await client.GetJsonAsync("/api/settings");
        Assert.Empty(Differences(answer, schema, "settings"));
        Assert.Null(answer["links"]![0]!["password"]);
        Assert.Null(answer["auth"]!["password_hash"]);
    }

    private static IEnumerable<string> Differences(JsonNode? value, JsonNode schema, string at)
    {
        string[] types = schema["type"] is JsonArray many ? many.Select(t => t!.GetValue<string>()).ToArray() : [schema["type"]!.GetValue<string>()];
        if (value is JsonObject obj && types.Contains("object"))
        {
            var named = schema["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
            foreach (string extra in obj.Select(p => p.Key).Where(k => !named.Contains(k))) yield return $"{at}.{extra} is not in the schema";
            foreach (string absent in named.Where(k => !obj.ContainsKey(k))) yield return $"{at}.{absent} is missing";
            foreach ((string? key, JsonNode? member) in obj.Where(p => named.Contains(p.Key)))
                foreach (string d in Differences(member, schema["properties"]![key]!, $"{at}.{key}")) yield return d;
        }
        else if (value is JsonArray array && types.Contains("array"))
        {
            for (int i = 0; i < array.Count; i++)
                foreach (string d in Differences(array[i], schema["items"]!, $"{at}[{i}]")) yield return d;
        }
        else
        {
            string kind = value?.GetValueKind() switch
            {
                System.Text.Json.JsonValueKind.String => "string",
                System.Text.Json.JsonValueKind.Number => "integer",
                System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => "boolean",
                _ => "null",
            };
            if (!types.Contains(kind) && !(kind == "integer" && types.Contains("number"))) yield return $"{at} is a {kind}, the schema says {string.Join(" or ", types)}";
        }
    }
}
