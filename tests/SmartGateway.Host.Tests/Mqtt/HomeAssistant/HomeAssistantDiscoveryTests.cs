using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Mqtt.HomeAssistant;

/// <summary>What Home Assistant finds on the broker when the gateway's link has discovery on, and what its
/// commands do — checked against Home Assistant's discovery schema and through a real Mosquitto.</summary>
public sealed class HomeAssistantDiscoveryTests(HomeAssistantFixture fixture) : IClassFixture<HomeAssistantFixture>
{
    private const string Prefix = HomeAssistantFixture.Prefix;
    private const string Gateway = "sg_" + HomeAssistantFixture.Node;

    [Fact]
    public async Task EveryRetainedConfigFollowsHomeAssistantsDiscoverySchema()
    {
        IReadOnlyDictionary<string, JsonObject> configs = await Configs();
        Assert.True(configs.Count > 40, $"only {configs.Count} configs");
        var errors = configs.SelectMany(c => HomeAssistantSchema.Check(Prefix, c.Key, c.Value)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var uniqueIds = configs.Values.Select(c => c["unique_id"]!.GetValue<string>()).ToList();
        Assert.Equal(uniqueIds.Count, uniqueIds.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task EveryTopicAConfigReadsHoldsARetainedStateWithTheMembersItsTemplatesRead()
    {
        IReadOnlyDictionary<string, JsonObject> configs = await Configs();
        IReadOnlyDictionary<string, string> retained = await RetainedMessages.ReadAsync(fixture.Broker, HomeAssistantFixture.Root + "/publish/#");
        foreach ((string? topic, JsonObject? config) in configs)
        {
            var reads = new List<(string Topic, string? Template)>();
            if (config["state_topic"] is JsonNode state) reads.Add((state.GetValue<string>(), config["value_template"]?.GetValue<string>()));
            foreach (JsonNode? availability in config["availability"]!.AsArray())
                reads.Add((availability!["topic"]!.GetValue<string>(), availability["value_template"]?.GetValue<string>()));
            foreach ((string? read, string? template) in reads)
            {
                Assert.True(retained.ContainsKey(read), $"{topic} reads {read}, which holds nothing");
                if (template is null) continue;
                JsonObject json = JsonNode.Parse(retained[read])!.AsObject();
                foreach (string path in HaTemplate.JsonPaths(template))
                    Assert.True(json.ContainsKey(path), $"{topic} reads {path} from {read}, which has no such member: {retained[read]}");
            }
            if (config["command_topic"] is JsonNode command) Assert.Equal(HomeAssistantFixture.Root + "/cmd", command.GetValue<string>());
        }
        Assert.Equal("online", retained[HomeAssistantFixture.Root + "/publish/connection"]);
    }

    [Fact]
    public async Task NumericSensorsReadNumbersAndTheTariffReadsOneOfItsOptions()
    {
        IReadOnlyDictionary<string, JsonObject> configs = await Configs();
        IReadOnlyDictionary<string, string> retained = await RetainedMessages.ReadAsync(fixture.Broker, HomeAssistantFixture.Root + "/publish/ha/+");
        foreach ((string? topic, JsonObject? config) in configs.Where(c => c.Key.Contains("/sensor/", StringComparison.Ordinal)))
        {
            string value = HaTemplate.Render(config["value_template"]!.GetValue<string>(),
                valueJson: JsonNode.Parse(retained[config["state_topic"]!.GetValue<string>()]));
            if (config["unit_of_measurement"] is not null || config["state_class"] is not null)
                Assert.True(value == "None" || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _), $"{topic} reads {value}");
            if (config["options"] is JsonArray options)
                Assert.Contains(value, options.Select(o => o!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task EachMeterIsItsOwnDeviceBehindTheGatewayWithItsMeasurementsAndCounters()
    {
        IReadOnlyDictionary<string, JsonObject> configs = await Configs();
        var meters = fixture.Gateway.Services.GetRequiredService<IDeviceDirectory>().Slots.Where(s => s.IsMeter).ToList();
        Assert.Equal(4, meters.Count); // grid, household, PV, water heater
        foreach (DeviceSlot? meter in meters)
        {
            var mine = configs.Values.Where(c => c["device"]!["identifiers"]![0]!.GetValue<string>() == "sg_" + meter.Serial).ToList();
            JsonNode device = mine[0]["device"]!;
            Assert.Equal(Gateway, device["via_device"]!.GetValue<string>());
            Assert.Equal(meter.Model, device["model"]!.GetValue<string>());
            Assert.Equal(meter.Serial, device["serial_number"]!.GetValue<string>());
            Assert.Equal(meter.SwVer, device["sw_version"]!.GetValue<string>());
            var classes = mine.Select(c => (Class: c["device_class"]?.GetValue<string>(), Unit: c["unit_of_measurement"]?.GetValue<string>(),
                State: c["state_class"]?.GetValue<string>())).ToList();
            Assert.Contains(("power", "W", "measurement"), classes);
            int phases = meter.Model == "WM1" ? 1 : 3;
            Assert.Equal(phases, classes.Count(c => c == ("voltage", "V", "measurement")));
            Assert.Equal(phases, classes.Count(c => c == ("current", "A", "measurement")));
            Assert.Contains(("frequency", "Hz", "measurement"), classes);
            Assert.Contains(("power_factor", null, "measurement"), classes);
            Assert.Contains(("energy", "Wh", "total_increasing"), classes);
            Assert.All(mine, c => Assert.StartsWith($"sg_{meter.Serial}_", c["unique_id"]!.GetValue<string>(), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task TheGatewayShowsItsTariffUptimeErrorsAndAnIdentifyButtonAndEachBicomAndAutomationIsASwitch()
    {
        IReadOnlyDictionary<string, JsonObject> configs = await Configs();
        var gateway = configs.Where(c => c.Value["device"]!["identifiers"]![0]!.GetValue<string>() == Gateway)
            .ToDictionary(c => c.Value["unique_id"]!.GetValue<string>(), c => c.Value);
        Assert.Equal("enum", gateway[Gateway + "_tariff"]["device_class"]!.GetValue<string>());
        Assert.Equal(["Blok 1", "Blok 2", "Blok 3", "Blok 4", "Blok 5"], gateway[Gateway + "_tariff"]["options"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal("timestamp", gateway[Gateway + "_uptime"]["device_class"]!.GetValue<string>());
        Assert.Equal("problem", gateway[Gateway + "_problem"]["device_class"]!.GetValue<string>());
        Assert.Equal("identify", gateway[Gateway + "_identify"]["device_class"]!.GetValue<string>());
        Assert.Contains(Gateway + "_error_flags", gateway.Keys);
        // Temperature and pulse inputs are off by default (features.temperature_input, features.pulse_counter).
        Assert.DoesNotContain(Gateway + "_temperature", gateway.Keys);
        Assert.DoesNotContain(Gateway + "_pulse_energy", gateway.Keys);

        foreach (string? id in new[] { "evening", "high_load" })
        {
            Assert.Contains($"{Prefix}/switch/{HomeAssistantFixture.Node}/automations_{id}_enabled/config", configs.Keys);
            Assert.Contains($"{Prefix}/binary_sensor/{HomeAssistantFixture.Node}/automations_{id}_result/config", configs.Keys);
        }
        foreach (string? serial in new[] { "BI000001", "BI001487" })
            Assert.Equal("sg_" + serial, configs[$"{Prefix}/switch/{HomeAssistantFixture.Node}/{serial}_relay/config"]["device"]!["identifiers"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task SwitchingABicomFromItsCommandTopicMakesItsStateFollow()
    {
        JsonObject config = (await Configs())[$"{Prefix}/switch/{HomeAssistantFixture.Node}/BI001487_relay/config"];
        string stateTopic = config["state_topic"]!.GetValue<string>();
        JsonObject before = await State(stateTopic);
        string wanted = before["state"]!.GetValue<string>() == "on" ? "off" : "on";

        await Press(config, wanted);

        await WaitForState(stateTopic, "state", wanted);
        JsonNode bicoms = await fixture.Gateway.CreateClient().GetJsonAsync("/api/bicoms");
        Assert.Contains(bicoms["bicoms"]!.AsArray(), b => b!["serial"]!.GetValue<string>() == "BI001487" && b["state"]!.GetValue<string>() == wanted);
    }

    [Fact]
    public async Task TogglingAnAutomationSwitchDisablesItInTheRulesAndTheStateFollows()
    {
        JsonObject config = (await Configs())[$"{Prefix}/switch/{HomeAssistantFixture.Node}/automations_evening_enabled/config"];
        string stateTopic = config["state_topic"]!.GetValue<string>();
        HttpClient http = fixture.Gateway.CreateClient();
        string original = (await http.GetJsonAsync("/api/automations"))["source"]!.GetValue<string>();

        await Press(config, "off");
        await WaitForState(stateTopic, "evening_enabled", "off");
        string disabled = (await http.GetJsonAsync("/api/automations"))["source"]!.GetValue<string>();
        Assert.Contains("automation \"Evening\" disabled on change {   // the header keeps", disabled, StringComparison.Ordinal);

        await Press(config, "on");
        await WaitForState(stateTopic, "evening_enabled", "on");
        Assert.Equal(original, (await http.GetJsonAsync("/api/automations"))["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheIdentifyButtonBlinksTheGateway()
    {
        JsonObject config = (await Configs())[$"{Prefix}/button/{HomeAssistantFixture.Node}/gateway_identify/config"];
        await fixture.Client.RequestAsync(config["command_topic"]!.GetValue<string>(),
            HaTemplate.Render(config["command_template"]!.GetValue<string>(), "PRESS"), HomeAssistantFixture.Root + "/publish/status",
            reply => reply["cmd"]?.GetValue<string>() == "blink");
        JsonNode status = await fixture.Gateway.CreateClient().GetJsonAsync("/api");
        Assert.True(status["status"]!["blinking"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ACommandForAnAutomationThatIsGonePublishesAnError()
    {
        JsonNode reply = await fixture.Client.RequestAsync(HomeAssistantFixture.Root + "/cmd",
            """{"data": {"cmd": "automation", "id": "no_such_automation", "val": "off"}}""", HomeAssistantFixture.Root + "/publish/error",
            r => r["cmd"]?.GetValue<string>() == "automation");
        Assert.Equal("Error: no automation with id \"no_such_automation\"", reply["error"]!.GetValue<string>());
    }

    /// <summary>What Home Assistant sends when the user flips the switch or presses the button: the command template
    /// rendered with the payload for that state, on the command topic.</summary>
    private Task Press(JsonObject config, string state) => fixture.Client.PublishAsync(config["command_topic"]!.GetValue<string>(),
        HaTemplate.Render(config["command_template"]!.GetValue<string>(), config[state == "on" ? "payload_on" : "payload_off"]!.GetValue<string>()));

    private async Task<JsonObject> State(string topic) =>
        JsonNode.Parse((await RetainedMessages.ReadAsync(fixture.Broker, topic))[topic])!.AsObject();

    /// <summary>A fresh subscriber gets the retained state first: either the new one already, or the old one and then the new.</summary>
    private async Task WaitForState(string topic, string member, string value)
    {
        await using MqttTestClient watcher = await MqttTestClient.ConnectAsync(fixture.Broker, topic);
        await watcher.WaitForAsync(m => m.Topic == topic && JsonNode.Parse(m.Payload)?[member]?.GetValue<string>() == value);
    }

    private Task<IReadOnlyDictionary<string, JsonObject>> Configs() => RetainedMessages.ConfigsAsync(fixture.Broker, Prefix);
}
