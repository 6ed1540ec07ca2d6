using System.Text.Json;
using System.Text.Json.Nodes;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Api;

/// <summary>
/// The web UI's copy of the OpenAPI document (host/webui/openapi.json, from which its TypeScript types and
/// response checks are generated) is the document the gateway serves. A changed contract fails here until the
/// copy is renewed (run this test with SG_UPDATE_OPENAPI=1), and then fails the web UI's build where a page no
/// longer fits it. The copy holds the contract only: paths, parameters and schemas, without their prose.
/// </summary>
public sealed class OpenApiSnapshotTests : IClassFixture<GatewayFactory>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly GatewayFactory _factory;

    public OpenApiSnapshotTests(GatewayFactory factory) => _factory = factory;

    [Fact]
    public async Task TheWebUisCopyOfTheOpenApiDocumentIsCurrent()
    {
        JsonObject served = (await _factory.CreateClient().GetJsonAsync("/openapi/v1.json")).AsObject();
        // The server's address is the test server's, and prose (summaries, descriptions from doc comments) is no
        // contract: a reworded comment must not ask for a new copy.
        served.Remove("servers");
        WithoutProse(served);
        string text = served.ToJsonString(Indented) + "\n";
        string copy = Path.Combine(RepositoryRoot(), "host", "webui", "openapi.json");
        if (Environment.GetEnvironmentVariable("SG_UPDATE_OPENAPI") == "1") await File.WriteAllTextAsync(copy, text);
        Assert.True(File.Exists(copy) && await File.ReadAllTextAsync(copy) == text,
            $"{copy} is not the document the gateway serves: run this test with SG_UPDATE_OPENAPI=1, then `npm run build` in host/webui");
    }

    private static void WithoutProse(JsonNode? node)
    {
        if (node is JsonArray array)
        {
            foreach (JsonNode? item in array) WithoutProse(item);
        }
        else if (node is JsonObject obj)
        {
            // Only text members: a schema's property may itself be called "description".
            foreach (string key in obj.Where(p => p.Key is "summary" or "description" && p.Value is JsonValue).Select(p => p.Key).ToList()) obj.Remove(key);
            foreach ((string _, JsonNode? value) in obj) WithoutProse(value);
        }
    }

    private static string RepositoryRoot()
    {
        string dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "SmartGateway.sln"))) dir = Path.GetDirectoryName(dir)!;
        return dir;
    }
}
