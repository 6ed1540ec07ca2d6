using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.WebUi;

/// <summary>§4.1.9 on the host: bundles are verified completely, swapped in, and rolled back.</summary>
public sealed class UpgradeApiTests : IDisposable
{
    private const string Rules = """
        automation "Bundle rule" on change {
          when ir.left.P > 10 kW
          then bicom ir.right off
          else bicom ir.right on
        }
        """;

    private readonly GatewayFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AVerifiedBundlePutsItsAutomationsAndWebUiInForce()
    {
        HttpClient client = _factory.CreateClient();
        using HttpResponseMessage response = await Put(client, Zip(("bundle.json", """{"version": "2.1"}"""), ("automations.sgr", Rules), ("webui/index.html", "<p>bundle 2.1</p>")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonNode answer = await response.Content.ReadFromJsonNodeAsync();
        Assert.Equal("2.1", answer["current"]!["version"]!.GetValue<string>());
        Assert.False(answer["firmware_upgrade"]!.GetValue<bool>());
        Assert.Contains("Bundle rule", (await client.GetJsonAsync("/api/automations"))["source"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("<p>bundle 2.1</p>", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task ABundleWithAnyBadPartChangesNothingAndSaysWhy()
    {
        HttpClient client = _factory.CreateClient();
        string before = (await client.GetJsonAsync("/api/automations"))["source"]!.GetValue<string>();
        using HttpResponseMessage response = await Put(client, Zip(("bundle.json", """{"version": "3"}"""), ("automations.sgr", Rules), ("tariffs.sgt", "not a calendar"),
            ("webui/../evil.html", "x")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonNodeAsync())["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        Assert.Contains(errors, e => e.StartsWith("tariffs.sgt", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("webui/../evil.html", StringComparison.Ordinal));
        Assert.Equal(before, (await client.GetJsonAsync("/api/automations"))["source"]!.GetValue<string>());
        Assert.Null((await client.GetJsonAsync("/api/upgrade"))["current"]);
    }

    [Fact]
    public async Task RollbackPutsBackWhatWasInForceBeforeTheBundle()
    {
        HttpClient client = _factory.CreateClient();
        string before = (await client.GetJsonAsync("/api/automations"))["source"]!.GetValue<string>();
        using HttpResponseMessage installed = await Put(client, Zip(("bundle.json", """{"version": "2.2"}"""), ("automations.sgr", Rules)));
        Assert.Equal(HttpStatusCode.OK, installed.StatusCode);

        using HttpResponseMessage rollback = await client.PostJsonAsync("/api/upgrade/rollback", "{}");
        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        Assert.Equal(before, (await client.GetJsonAsync("/api/automations"))["source"]!.GetValue<string>());
        Assert.Equal("2.2", (await rollback.Content.ReadFromJsonNodeAsync())["previous"]!["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task RollbackWithoutAnInstalledBundleIsAConflict()
    {
        using HttpResponseMessage response = await _factory.CreateClient().PostJsonAsync("/api/upgrade/rollback", "{}");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, byte[] zip) => client.PutAsync("/api/upgrade", HttpJson.Binary(zip));

    private static byte[] Zip(params (string Name, string Text)[] files)
    {
        var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string? name, string? text) in files)
            {
                using Stream stream = archive.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }
        return buffer.ToArray();
    }
}
