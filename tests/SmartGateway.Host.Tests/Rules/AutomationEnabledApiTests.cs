using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Rules;

/// <summary>POST /api/automations/{index}/enabled: one automation on or off, the stored source edited in place and
/// compiled and swapped like POST /api/automations.</summary>
public sealed class AutomationEnabledApiTests : IDisposable
{
    private const string Source = """
        # kept as written
        automation "Evening" on change {   // a comment on the header
          when time.hour >= 18
          then mqtt 1 "evening" "yes"
        }
        automation "Night" on change {
          when time.hour < 6
          then mqtt 1 "night" "yes"
        }

        """;

    private readonly GatewayFactory _factory = new();
    private readonly HttpClient _client;

    public AutomationEnabledApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task DisablingAnAutomationEditsOnlyItsHeaderAndTheNextTickRunsItDisabled()
    {
        await Post(Source, "text/x-sg-dsl");

        using HttpResponseMessage response = await _client.PostJsonAsync("/api/automations/1/enabled", """{"enabled": false}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((1, "Night", false), (body["index"]!.GetValue<int>(), body["name"]!.GetValue<string>(), body["enabled"]!.GetValue<bool>()));
        JsonNode automations = await _client.GetJsonAsync("/api/automations");
        Assert.Equal(Source.Replace("\"Night\" on change", "\"Night\" disabled on change", StringComparison.Ordinal), automations["source"]!.GetValue<string>());
        Assert.Equal(body["image_hash"]!.GetValue<string>(), automations["image_hash"]!.GetValue<string>());
        Tick();
        JsonArray preview = (await _client.GetJsonAsync("/api/automations/preview"))["automations"]!.AsArray();
        Assert.Equal([true, false], preview.Select(a => a!["enabled"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task AJsonSourceGetsItsEnabledMember()
    {
        await Post("""
            {"automations": [
              {"name": "Evening", "mode": "on_change",
               "condition": {"compare": {"inputs": [{"sign": "+", "input": "time.hour"}], "op": ">=", "value": 18}}}
            ]}
            """, "application/json");

        using HttpResponseMessage response = await _client.PostJsonAsync("/api/automations/0/enabled", """{"enabled": false}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonNode automations = await _client.GetJsonAsync("/api/automations");
        Assert.Equal("json", automations["format"]!.GetValue<string>());
        Assert.Contains("{\"enabled\": false, \"name\": \"Evening\"", automations["source"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameStateAgainChangesNothing()
    {
        await Post(Source, "text/x-sg-dsl");
        string before = (await _client.GetJsonAsync("/api/automations"))["image_hash"]!.GetValue<string>();

        using HttpResponseMessage response = await _client.PostJsonAsync("/api/automations/0/enabled", """{"enabled": true}""");

        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((HttpStatusCode.OK, true), (response.StatusCode, body["enabled"]!.GetValue<bool>()));
        Assert.Null(body["image_hash"]);
        Assert.Equal(before, (await _client.GetJsonAsync("/api/automations"))["image_hash"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/automations/5/enabled", """{"enabled": false}""", HttpStatusCode.NotFound, "no automation 5")]
    [InlineData("/api/automations/0/enabled", """{}""", HttpStatusCode.BadRequest, "\\\"enabled\\\" must be true or false")]
    [InlineData("/api/automations/0/enabled", """{"enabled": "no"}""", HttpStatusCode.BadRequest, "$.enabled")]
    public async Task AMissingAutomationOrABadBodyIsRefusedAndNothingChanges(string path, string body, HttpStatusCode status, string detail)
    {
        await Post(Source, "text/x-sg-dsl");

        using HttpResponseMessage response = await _client.PostJsonAsync(path, body);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(detail, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(Source, (await _client.GetJsonAsync("/api/automations"))["source"]!.GetValue<string>());
    }

    private async Task Post(string source, string mediaType)
    {
        using HttpResponseMessage response = await _client.PostAsync("/api/automations", new StringContent(source, Encoding.UTF8, mediaType));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Runs one gateway tick now: a swapped-in rule set starts running at a tick.</summary>
    private void Tick()
    {
        foreach (ITickHandler handler in _factory.Services.GetServices<ITickHandler>()) handler.Tick(0, DateTimeOffset.UtcNow);
    }
}
