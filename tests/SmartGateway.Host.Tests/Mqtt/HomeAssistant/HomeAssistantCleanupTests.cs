using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Gateway.Devices;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Mqtt.HomeAssistant;

/// <summary>Whatever was published before — by an earlier run, another configuration, or before a reconnect — the
/// broker ends up holding exactly the entities the gateway has now: no duplicates, nothing stale. Each test has its
/// own broker and gateway.</summary>
public sealed class HomeAssistantCleanupTests : IDisposable
{
    private const string Prefix = HomeAssistantFixture.Prefix;
    private const string Node = HomeAssistantFixture.Node;
    private const string Root = HomeAssistantFixture.Root;
    private readonly MosquittoBroker _broker = new();

    public void Dispose() => _broker.Dispose();

    [Fact]
    public async Task ConfigsAndStatesLeftUnderTheGatewaysNodeByAnEarlierRunAreRemovedOnConnect()
    {
        await RetainedMessages.PublishAsync(_broker,
            ($"{Prefix}/sensor/{Node}/OLD00001_p/config", """{"unique_id": "sg_OLD00001_p", "state_topic": "ha-gw/publish/ha/OLD00001"}"""),
            ($"{Root}/publish/ha/OLD00001", """{"availability": "online", "p": 1}"""),
            ($"{Prefix}/sensor/{Node}/10006494_p/config", """{"unique_id": "sg_10006494_p", "name": "Renamed since"}"""),
            ($"{Prefix}/sensor/another_gateway/X1_p/config", """{"unique_id": "x1_p", "state_topic": "x"}"""));

        using GatewayFactory gateway = await StartAsync();

        IReadOnlyDictionary<string, JsonObject> configs = await WaitForConfigsAsync(c => !c.ContainsKey($"{Prefix}/sensor/{Node}/OLD00001_p/config"));
        Assert.Equal("Power", configs[$"{Prefix}/sensor/{Node}/10006494_p/config"]["name"]!.GetValue<string>());
        Assert.Contains($"{Prefix}/sensor/another_gateway/X1_p/config", configs.Keys); // not this gateway's: left alone
        IReadOnlyDictionary<string, string> states = await RetainedMessages.ReadAsync(_broker, Root + "/publish/ha/+");
        Assert.DoesNotContain($"{Root}/publish/ha/OLD00001", states.Keys);
    }

    [Fact]
    public async Task NothingIsRemovedUntilEveryLineHasBeenLookedAtOnce()
    {
        // OLD00001 stands for a meter of the last run that has not answered yet: the API and the links start before
        // the lines are identified, and removing its entities now would make Home Assistant add them again later.
        string oldConfig = $"{Prefix}/sensor/{Node}/OLD00001_p/config";
        await RetainedMessages.PublishAsync(_broker, (oldConfig, """{"unique_id": "sg_OLD00001_p", "state_topic": "ha-gw/publish/ha/OLD00001"}"""));
        var lines = new StillIdentifying();
        using GatewayFactory gateway = await StartAsync(lines);

        Assert.Contains(oldConfig, (await RetainedMessages.ConfigsAsync(_broker, Prefix)).Keys);
        lines.Done = true;
        await WaitForConfigsAsync(c => !c.ContainsKey(oldConfig));
    }

    [Fact]
    public async Task AnAutomationTakenOutWhileLinesAreStillBeingIdentifiedLosesItsEntitiesAtOnce()
    {
        // The automations are always known whole: a silent meter elsewhere must not keep a deleted automation's switch.
        using GatewayFactory gateway = await StartAsync(new StillIdentifying());

        using HttpResponseMessage response = await gateway.CreateClient().PostAsync("/api/automations", new StringContent("""
            automation "Night" on change {
              when time.hour < 6
              then mqtt 1 "night" "yes"
            }
            """, System.Text.Encoding.UTF8, "text/x-sg-dsl"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await WaitForConfigsAsync(c => c.ContainsKey(Config("switch", "automations_night_enabled"))
            && !c.ContainsKey(Config("switch", "automations_evening_enabled")));
    }

    [Fact]
    public async Task AnAutomationTakenOutOfTheRulesLosesItsEntitiesAndANewOneGainsThem()
    {
        using GatewayFactory gateway = await StartAsync();
        IReadOnlyDictionary<string, JsonObject> before = await WaitForConfigsAsync(c => c.ContainsKey(Config("switch", "automations_evening_enabled")));

        using HttpResponseMessage response = await gateway.CreateClient().PostAsync("/api/automations", new StringContent("""
            automation "Night" on change {
              when time.hour < 6
              then mqtt 1 "night" "yes"
            }
            """, System.Text.Encoding.UTF8, "text/x-sg-dsl"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        IReadOnlyDictionary<string, JsonObject> after = await WaitForConfigsAsync(c => c.ContainsKey(Config("switch", "automations_night_enabled"))
            && !c.ContainsKey(Config("switch", "automations_evening_enabled")));
        Assert.Equal(before.Keys.Where(k => !k.Contains("/automations_", StringComparison.Ordinal)).Order(),
            after.Keys.Where(k => !k.Contains("/automations_", StringComparison.Ordinal)).Order());
        Assert.Equal([Config("binary_sensor", "automations_night_result"), Config("switch", "automations_night_enabled")],
            after.Keys.Where(k => k.Contains("/automations_", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task TheTemperatureInputHasASensorWhileItIsEnabled()
    {
        using GatewayFactory gateway = await StartAsync();
        HttpClient http = gateway.CreateClient();
        string temperature = Config("sensor", "gateway_temperature");
        Assert.DoesNotContain(temperature, (await WaitForConfigsAsync(c => c.Count > 0)).Keys);

        (await http.PostJsonAsync("/api/settings", """{"features": {"temperature_input": true}}""")).EnsureSuccessStatusCode();
        IReadOnlyDictionary<string, JsonObject> enabled = await WaitForConfigsAsync(c => c.ContainsKey(temperature));
        Assert.Equal("temperature", enabled[temperature]["device_class"]!.GetValue<string>());

        (await http.PostJsonAsync("/api/settings", """{"features": {"temperature_input": false}}""")).EnsureSuccessStatusCode();
        await WaitForConfigsAsync(c => !c.ContainsKey(temperature));
    }

    [Fact]
    public async Task ABrokerRestartEndsWithTheSameEntitiesOnceEach()
    {
        using GatewayFactory gateway = await StartAsync();
        IReadOnlyDictionary<string, JsonObject> before = await WaitForConfigsAsync(c => c.ContainsKey(Config("button", "gateway_identify")));

        _broker.Restart(); // no persistence: the retained configs are gone until the gateway publishes them again

        IReadOnlyDictionary<string, JsonObject> after = await WaitForConfigsAsync(c => c.Count == before.Count);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.Equal(after.Count, after.Values.Select(c => c["unique_id"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task TheDiscoveryPrefixComesFromTheLinksSettingsAndAnInvalidOneIsRefused()
    {
        Dictionary<string, string?> settings = HomeAssistantFixture.LinkSettings(_broker);
        settings["Gateway:Links:0:DiscoveryPrefix"] = "site/ha";
        using var gateway = new GatewayFactory(settings, HomeAssistantFixture.WithAutomations(HomeAssistantFixture.Automations));
        await using MqttTestClient client = await MqttTestClient.ConnectAsync(_broker, "site/ha/#", Root + "/publish/#");
        _ = gateway.Services;
        await HomeAssistantFixture.WaitForDiscoveryAsync(client, "site/ha", Node);

        using HttpResponseMessage refused = await gateway.CreateClient().PostJsonAsync("/api/settings", """{"links": [{"discovery_prefix": "site/+"}, {}]}""");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("links[0].discovery_prefix", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithDiscoveryOffTheLinkPublishesNoConfigs()
    {
        Dictionary<string, string?> settings = HomeAssistantFixture.LinkSettings(_broker);
        settings["Gateway:Links:0:Discovery"] = "false";
        using var gateway = new GatewayFactory(settings);
        await using MqttTestClient client = await MqttTestClient.ConnectAsync(_broker, Root + "/publish/#");
        _ = gateway.Services;
        await client.RequestAsync(Root + "/cmd", """{"data": {"cmd": "status"}}""", Root + "/publish/status/hello");
        // Two ticks: long enough for a discovery pass, had there been one.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Empty(await RetainedMessages.ReadAsync(_broker, Prefix + "/#", Root + "/publish/ha/#"));
    }

    /// <summary>A gateway on this test's broker with the fixture's automations, once every device is published whole;
    /// with <paramref name="lines"/>, its device list reports lines still being identified until they are done.</summary>
    private async Task<GatewayFactory> StartAsync(StillIdentifying? lines = null)
    {
        var gateway = new GatewayFactory(HomeAssistantFixture.LinkSettings(_broker), services =>
        {
            HomeAssistantFixture.WithAutomations(HomeAssistantFixture.Automations)(services);
            if (lines != null) services.AddSingleton<IDeviceDirectory>(provider => lines.Around(provider.GetRequiredService<PolledDeviceDirectory>()));
        });
        await using MqttTestClient client = await MqttTestClient.ConnectAsync(_broker, Prefix + "/#", Root + "/publish/#");
        _ = gateway.Services;
        await HomeAssistantFixture.WaitForDiscoveryAsync(client, Prefix, Node);
        return gateway;
    }

    /// <summary>Reads the retained configs until they satisfy <paramref name="done"/> (a pass runs every tick).</summary>
    private async Task<IReadOnlyDictionary<string, JsonObject>> WaitForConfigsAsync(Func<IReadOnlyDictionary<string, JsonObject>, bool> done)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            IReadOnlyDictionary<string, JsonObject> configs = await RetainedMessages.ConfigsAsync(_broker, Prefix);
            if (done(configs)) return configs;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the retained configs never got there: " + string.Join(", ", configs.Keys));
            await Task.Delay(200);
        }
    }

    private static string Config(string component, string objectId) => $"{Prefix}/{component}/{Node}/{objectId}/config";

    /// <summary>The gateway's device directory, reporting its lines as still being identified until <see cref="Done"/>.</summary>
    private sealed class StillIdentifying
    {
        public volatile bool Done;

        public IDeviceDirectory Around(IDeviceDirectory directory) => new Directory(directory, this);

        private sealed class Directory(IDeviceDirectory inner, StillIdentifying lines) : IDeviceDirectory
        {
            public IReadOnlyList<DeviceSlot> Slots => inner.Slots;

            public bool Complete => lines.Done && inner.Complete;

            public void Describe(int slot, string? description, string? location) => inner.Describe(slot, description, location);
        }
    }
}
