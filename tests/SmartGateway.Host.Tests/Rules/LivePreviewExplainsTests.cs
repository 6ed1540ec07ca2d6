using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Devices;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Rules;

/// <summary>The live preview (§4.5.5) says which actions ran, explains an Unknown block and counts its timers down.</summary>
public sealed class LivePreviewExplainsTests : IDisposable
{
    private readonly GatewayFactory _factory = new();
    private readonly HttpClient _client;

    public LivePreviewExplainsTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheBranchThatRanIsNamedWithHowLongAgo()
    {
        await Post(ExampleRules.Hvac);
        Tick(9);
        Tick(11);
        JsonNode automation = (await _client.GetJsonAsync("/api/automations/preview"))["automations"]![0]!;
        Assert.Equal("on_true", automation["branch"]!.GetValue<string>());
        Assert.True(automation["branch_ran_ago"]!.GetValue<long>() >= 0);
    }

    [Fact]
    public async Task AnUnknownComparisonNamesTheInputAndSinceWhenItHasNoValue()
    {
        await Post(ExampleRules.Hvac);
        Tick(11);
        _factory.Services.GetRequiredService<DeviceReadings>().Invalidate("ir.left.P");
        RunTick();
        JsonNode condition = (await _client.GetJsonAsync("/api/automations/preview"))["automations"]![0]!["condition"]!;
        Assert.Equal("unknown", condition["state"]!.GetValue<string>());
        Assert.StartsWith("Unknown: ir.left.P has no value since ", condition["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        var lastValid = DateTimeOffset.Parse(condition["inputs"]![0]!["last_valid"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(DateTimeOffset.UtcNow - lastValid, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        // Since when, on the gateway's clock (its time zone), as every time the web UI shows.
        DateTime local = _factory.Services.GetRequiredService<ITariffClock>().Now(lastValid).LocalTime;
        Assert.Contains($"since {local:HH:mm:ss} (", condition["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKnownComparisonHasNoReasonToExplain()
    {
        await Post(ExampleRules.Hvac);
        Tick(11);
        JsonNode condition = (await _client.GetJsonAsync("/api/automations/preview"))["automations"]![0]!["condition"]!;
        Assert.Null(condition["reason"]);
        Assert.Null(condition["inputs"]![0]!["last_valid"]);
    }

    [Fact]
    public async Task AForTimerCountsDownWithTheTicks()
    {
        await Post("automation \"late\" on change {\n  when ir.left.P > 1 kW for 30 s\n  then bicom ir.right off\n}\n");
        var left = new List<long>();
        for (int i = 0; i < 3; i++)
        {
            Tick(2);
            left.Add((await _client.GetJsonAsync("/api/automations/preview"))["automations"]![0]!["condition"]!["for_remaining"]!.GetValue<long>());
        }
        // Each tick takes at least a second off (the gateway's own tick service may add one in between).
        Assert.True(left[0] > left[1] && left[1] > left[2], string.Join(", ", left));
    }

    [Fact]
    public async Task AMinOnHoldCountsDownWithTheTicks()
    {
        await Post("automation \"held\" on change {\n  min on 30 s\n  when ir.left.P > 1 kW\n  then bicom ir.right off\n}\n");
        Tick(2);
        var left = new List<long>();
        for (int i = 0; i < 3; i++)
        {
            Tick(0);
            left.Add((await _client.GetJsonAsync("/api/automations/preview"))["automations"]![0]!["hold_remaining"]!.GetValue<long>());
        }
        // Each tick takes at least a second off (the gateway's own tick service may add one in between).
        Assert.True(left[0] > left[1] && left[1] > left[2], string.Join(", ", left));
    }

    private async Task Post(string source)
    {
        using HttpResponseMessage response = await _client.PostAsync("/api/automations", new StringContent(source, Encoding.UTF8, "text/x-sg-dsl"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private void Tick(double kilowatts)
    {
        _factory.Services.GetRequiredService<DeviceReadings>().Set("ir.left.P", (long)(kilowatts * 1000) * 1_000_000);
        RunTick();
    }

    private void RunTick()
    {
        foreach (ITickHandler handler in _factory.Services.GetServices<ITickHandler>()) handler.Tick(0, DateTimeOffset.UtcNow);
    }
}
