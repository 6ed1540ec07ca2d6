using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Rules;

/// <summary>Stored input history and replay over it: "what would last week have looked like".</summary>
public sealed class HistoryApiTests : IDisposable
{
    private readonly GatewayFactory _factory = new();
    private readonly HttpClient _client;

    public HistoryApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private async Task<string> HistoryOfTheseRules()
    {
        using (HttpResponseMessage post = await _client.PostAsync("/api/automations", new StringContent(ExampleRules.Hvac, Encoding.UTF8, "text/x-sg-dsl")))
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        foreach (ITickHandler handler in _factory.Services.GetServices<ITickHandler>())
        {
            for (int t = 0; t < 3; t++) handler.Tick(t, DateTimeOffset.UtcNow);
        }
        string hash = (await _client.GetJsonAsync("/api/automations"))["image_hash"]!.GetValue<string>();
        // The rows are written by the tick writer's own thread: wait until the third is there.
        DateTime deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            JsonArray files = (await _client.GetJsonAsync("/api/history"))["files"]!.AsArray();
            string? name = files.Select(f => f!["name"]!.GetValue<string>()).SingleOrDefault(n => n.EndsWith($"-{hash[..12]}.csv", StringComparison.Ordinal));
            if (name is not null && (await _client.GetStringAsync($"/api/history/{name}")).Count(c => c == '\n') >= 4) return name;
            Assert.True(DateTime.UtcNow < deadline, "the history rows were not written");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task EveryTickOfTheRunningRulesIsStoredAsATrace()
    {
        string name = await HistoryOfTheseRules();
        string csv = await _client.GetStringAsync($"/api/history/{name}");
        string[] lines = csv.TrimEnd('\n').Split('\n');
        Assert.Equal("tick,time,ir.left.P", lines[0]);
        Assert.True(lines.Length >= 4, csv);
        for (int i = 1; i < lines.Length; i++) Assert.StartsWith($"{i - 1},", lines[i]);
    }

    [Fact]
    public async Task ReplayReportsWhatOtherRulesWouldHaveDoneOverTheStoredHistory()
    {
        string name = await HistoryOfTheseRules();
        int rows = (await _client.GetStringAsync($"/api/history/{name}")).TrimEnd('\n').Split('\n').Length - 1;
        const string probe = "automation \"Probe\" continuous { when ir.left.P > -1000 MW then mqtt 1 \"probe\" \"tick\" }";
        using HttpResponseMessage response = await _client.PostAsync($"/api/history/{name}/replay", new StringContent(probe, Encoding.UTF8, "text/x-sg-dsl"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonNode report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(report["ticks"]!.GetValue<int>() >= rows);
        int messages = report["mqtt"]!.AsArray().Single(m => m!["subtopic"]!.GetValue<string>() == "probe")!["messages"]!.GetValue<int>();
        Assert.True(messages >= rows, $"{messages} messages over {rows} rows");
    }

    [Fact]
    public async Task ReplayOfRulesWithErrorsIsRefusedAtTheirLine()
    {
        string name = await HistoryOfTheseRules();
        using HttpResponseMessage response = await _client.PostAsync($"/api/history/{name}/replay",
            new StringContent("automation \"x\" on change {\n  when ir.left.P > 1 V\n  then bicom ir.right on\n}\n", Encoding.UTF8, "text/x-sg-dsl"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(2, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["diagnostics"]![0]!["line"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("2020-01-01-000000000000.csv")]
    [InlineData("..%2Fgateway.db")]
    [InlineData("gateway.db")]
    public async Task OnlyStoredHistoryFilesAreServed(string name)
    {
        using HttpResponseMessage response = await _client.GetAsync($"/api/history/{name}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
