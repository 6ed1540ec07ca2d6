using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Api;

/// <summary>Issue 13, "robustness": duplicate keys, empty rule bodies and every other error get a problem document
/// (title, status, detail) that names no .NET type — from the endpoints and from the framework alike.</summary>
public sealed class ProblemDocumentTests : IDisposable
{
    private readonly KestrelGateway _gateway = new();

    public void Dispose() => _gateway.Dispose();

    [Theory]
    [InlineData("/api/settings", """{"general": {"description": "a", "description": "b"}}""")]
    [InlineData("/api/settings", """{"general": {"location": "x"}, "general": {"location": "y"}}""")]
    [InlineData("/api/bicom", """{"addr": 0, "addr": 0, "val": "on"}""")]
    [InlineData("/api/devices/0", """{"description": "a", "description": "b"}""")]
    [InlineData("/api/auth", """{"username": "admin", "username": "x", "password": "iskra"}""")]
    public async Task ADuplicateKeyIsA400(string path, string json)
    {
        using HttpResponseMessage response = await _gateway.Client().PostJsonAsync(path, json);
        JsonObject problem = await Problem.AssertAsync(response, 400);
        Assert.Contains("twice", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public async Task AnEmptyRuleBodyIsA400AndTheAutomationsStay(string body)
    {
        string before = (await _gateway.Client().GetJsonAsync("/api/automations"))["source"]!.GetValue<string>();
        Assert.NotEmpty(before.Trim());
        foreach (string? type in new[] { "text/x-sg-dsl", "application/json" })
        {
            using HttpResponseMessage response = await _gateway.Client().PostAsync("/api/automations", new StringContent(body, Encoding.UTF8, type));
            await Problem.AssertAsync(response, 400);
        }
        using (HttpResponseMessage tariffs = await _gateway.Client().PostAsync("/api/tariffs", new StringContent(body, Encoding.UTF8, "text/x-sg-dsl")))
            await Problem.AssertAsync(tariffs, 400);
        Assert.Equal(before, (await _gateway.Client().GetJsonAsync("/api/automations"))["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnExplicitEmptyRuleSetClearsTheAutomations()
    {
        using HttpResponseMessage response = await _gateway.Client().PostJsonAsync("/api/automations", """{"version": 1, "automations": []}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(1500); // swapped in at the next tick
        Assert.Empty((await _gateway.Client().GetJsonAsync("/api/automations/preview"))["automations"]!.AsArray());
    }

    [Theory]
    [InlineData("GET", "/api/no-such-thing", null, null, 404)]
    [InlineData("DELETE", "/api/devices", null, null, 405)]
    [InlineData("GET", "/api/events?count=abc", null, null, 400)]
    [InlineData("GET", "/api/measurement/abc", null, null, 404)]
    [InlineData("GET", "/api/history/2025-01-01-000000000000.csv", null, null, 404)]
    [InlineData("POST", "/api/history/2025-01-01-000000000000.csv/replay", "x", "text/x-sg-dsl", 404)]
    [InlineData("POST", "/api/settings", "{not json", "application/json", 400)]
    [InlineData("POST", "/api/settings", """{"general": {"description": 5}}""", "application/json", 400)]
    [InlineData("POST", "/api/settings", """{"nonsense": 1}""", "application/json", 400)]
    [InlineData("POST", "/api/bicom", """{"addr": "zero", "val": "on"}""", "application/json", 400)]
    [InlineData("POST", "/api/bicom", """{"addr": 0}""", "application/json", 400)]
    [InlineData("POST", "/api/bicom", """{"addr": 0, "val": "on", "extra": 1}""", "application/json", 400)]
    [InlineData("POST", "/api/bicom", "[]", "application/json", 400)]
    [InlineData("POST", "/api/rs485/set-parameters", """{"address": 1.5, "slot": 1}""", "application/json", 400)]
    [InlineData("POST", "/api/settings", """{"general": {}}""", "text/plain", 415)]
    [InlineData("POST", "/api/automations", "automation", "text/plain", 415)]
    [InlineData("PUT", "/api/files/a.pem", "x", "text/plain", 415)]
    [InlineData("POST", "/api/auth", "username=admin", "application/x-www-form-urlencoded", 415)]
    public async Task EveryErrorIsAProblemDocumentWithoutTypeNames(string method, string path, string? body, string? type, int status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, type!);
        using HttpResponseMessage response = await _gateway.Client().SendAsync(request);
        await Problem.AssertAsync(response, status);
    }
}
