using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Devices;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Rules;

/// <summary>The automations on the host: compile → verify → swap, ticks on device readings, actions, live preview.</summary>
public sealed class RuleHostTests : IDisposable
{
    private readonly GatewayFactory _factory = new();
    private readonly HttpClient _client;

    public RuleHostTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private async Task<HttpResponseMessage> Post(string source) =>
        await _client.PostAsync("/api/automations", new StringContent(source, Encoding.UTF8, "text/x-sg-dsl"));

    /// <summary>Runs one gateway tick now, as the tick service does every second.</summary>
    private void Tick(double kilowatts)
    {
        DeviceReadings readings = _factory.Services.GetRequiredService<DeviceReadings>();
        readings.Set("ir.left.P", (long)(kilowatts * 1000) * 1_000_000);
        foreach (ITickHandler handler in _factory.Services.GetServices<ITickHandler>()) handler.Tick(0, DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task ANewGatewayRunsTheManualsExampleAutomations()
    {
        JsonNode automations = await _client.GetJsonAsync("/api/automations");
        Assert.Contains("automation \"HVAC eco mode\"", automations["source"]!.GetValue<string>());
        Assert.True(automations["running"]!.GetValue<bool>());
        Assert.Matches("^[0-9a-f]{64}$", automations["image_hash"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARefusedRuleSetReportsLineAndColumnAndTheOldOneKeepsRunning()
    {
        string before = (await _client.GetJsonAsync("/api/automations"))["image_hash"]!.GetValue<string>();
        using HttpResponseMessage response = await Post("automation \"x\" on change {\n  when ir.left.P > 10 V\n  then bicom ir.right on\n}\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        JsonNode error = body["diagnostics"]!.AsArray().First(d => d!["severity"]!.GetValue<string>() == "error")!;
        Assert.Equal(("SG1002", 2, 20), (error["code"]!.GetValue<string>(), error["line"]!.GetValue<int>(), error["column"]!.GetValue<int>()));
        Assert.Equal(before, (await _client.GetJsonAsync("/api/automations"))["image_hash"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheHvacRuleTurnsGreenAboveTheBandAndSwitchesTheBicom()
    {
        using (HttpResponseMessage response = await Post(ExampleRules.Hvac)) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Tick(9);
        Tick(11);
        JsonNode preview = await _client.GetJsonAsync("/api/automations/preview");
        JsonNode automation = preview["automations"]![0]!;
        Assert.Equal("true", automation["state"]!.GetValue<string>());
        JsonNode block = automation["condition"]!;
        Assert.Equal("on at 10.5 kW, off at 9.5 kW", block["band_text"]!.GetValue<string>());
        Assert.Equal((10500, 9500, "above"), (block["on_at"]!.GetValue<int>(), block["off_at"]!.GetValue<int>(), block["band"]!.GetValue<string>()));
        Assert.Equal(11000, block["inputs"]![0]!["value"]!.GetValue<int>());

        IBicomControl bicoms = _factory.Services.GetRequiredService<IBicomControl>();
        DateTime deadline = DateTime.UtcNow.AddSeconds(10);
        while (bicoms.States().First(b => b.Slot == 1).On != false && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.False(bicoms.States().First(b => b.Slot == 1).On);
    }

    [Fact]
    public async Task AnUnknownInputShowsGreyInThePreview()
    {
        using (HttpResponseMessage response = await Post(ExampleRules.Hvac)) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        _factory.Services.GetRequiredService<DeviceReadings>().Invalidate("ir.left.P");
        foreach (ITickHandler handler in _factory.Services.GetServices<ITickHandler>()) handler.Tick(0, DateTimeOffset.UtcNow);
        JsonNode preview = await _client.GetJsonAsync("/api/automations/preview");
        Assert.Equal("unknown", preview["automations"]![0]!["condition"]!["state"]!.GetValue<string>());
    }
}
