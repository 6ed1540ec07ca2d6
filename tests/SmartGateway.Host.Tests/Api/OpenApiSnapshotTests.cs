using System.Text.Json;
using System.Text.Json.Nodes;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Api;

/// <summary>
/// The web UI's copy of the OpenAPI document (host/webui/openapi.json, from which its TypeScript types and
/// response checks are generated) is the document the gateway serves. A changed contract fails here until the
/// copy is renewed (run this test with SG_UPDATE_OPENAPI=1), and then fails the web UI's build where a page no
/// longer fits it.
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
        // The server's address is the test server's, not part of the contract.
        served.Remove("servers");
        string text = served.ToJsonString(Indented) + "\n";
        string copy = Path.Combine(RepositoryRoot(), "host", "webui", "openapi.json");
        if (Environment.GetEnvironmentVariable("SG_UPDATE_OPENAPI") == "1") await File.WriteAllTextAsync(copy, text);
        Assert.True(File.Exists(copy) && await File.ReadAllTextAsync(copy) == text,
            $"{copy} is not the document the gateway serves: run this test with SG_UPDATE_OPENAPI=1, then `npm run build` in host/webui");
    }

    private static string RepositoryRoot()
    {
        string dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "SmartGateway.sln"))) dir = Path.GetDirectoryName(dir)!;
        return dir;
    }
}
