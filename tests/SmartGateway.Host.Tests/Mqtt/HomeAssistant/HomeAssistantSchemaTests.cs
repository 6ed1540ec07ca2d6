using System.Text.Json.Nodes;

namespace SmartGateway.Host.Tests.Mqtt.HomeAssistant;

/// <summary>The schema checker the discovery tests rely on finds the faults Home Assistant would refuse or silently drop.</summary>
public sealed class HomeAssistantSchemaTests
{
    private const string Topic = "homeassistant/sensor/SG1/M1_p/config";

    private static JsonObject Power() => new()
    {
        ["unique_id"] = "sg_M1_p",
        ["name"] = "Power",
        ["state_topic"] = "gw/publish/ha/M1",
        ["value_template"] = "{{ value_json.p }}",
        ["device_class"] = "power",
        ["unit_of_measurement"] = "W",
        ["state_class"] = "measurement",
        ["device"] = new JsonObject { ["identifiers"] = new JsonArray("sg_M1"), ["via_device"] = "sg_SG1" },
        ["availability"] = new JsonArray(new JsonObject { ["topic"] = "gw/publish/connection" }),
    };

    [Fact]
    public void AValidSensorPasses() => Assert.Empty(HomeAssistantSchema.Check("homeassistant", Topic, Power()));

    [Theory]
    [InlineData("unit_of_measurement", "kWh", "unit kWh is not valid with device class power")]
    [InlineData("state_class", "total_increasing", "state_class total_increasing is impossible with device class power")]
    [InlineData("device_class", "watts", "watts is not a sensor device class")]
    [InlineData("stat_t", "x", "unknown key \"stat_t\"")]
    [InlineData("value_template", "{{ value_json['p'] | float }}", "unsupported template expression")]
    public void AFaultIsReported(string key, string value, string error)
    {
        JsonObject config = Power();
        config[key] = value;
        Assert.Contains(HomeAssistantSchema.Check("homeassistant", Topic, config), e => e.Contains(error, StringComparison.Ordinal));
    }

    [Fact]
    public void ASensorWithoutAStateTopicOrADeviceWithoutIdentifiersIsReported()
    {
        JsonObject config = Power();
        config.Remove("state_topic");
        config["device"] = new JsonObject { ["name"] = "M1" };
        IReadOnlyList<string> errors = HomeAssistantSchema.Check("homeassistant", Topic, config);
        Assert.Contains(errors, e => e.EndsWith("required key \"state_topic\" is missing", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.EndsWith("a device needs at least one identifier or connection", StringComparison.Ordinal));
    }

    [Fact]
    public void OptionsNeedAnEnumSensorWithoutUnit()
    {
        JsonObject config = Power();
        config["options"] = new JsonArray("Blok 1");
        IReadOnlyList<string> errors = HomeAssistantSchema.Check("homeassistant", Topic, config);
        Assert.Contains(errors, e => e.EndsWith("options cannot go with a state_class or a unit", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.EndsWith("options need device_class enum", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("homeassistant/sensor/SG 1/M1_p/config", "not a discovery topic")]
    [InlineData("homeassistant/gauge/SG1/M1_p/config", "gauge is not a component")]
    [InlineData("other/sensor/SG1/M1_p/config", "not under the discovery prefix")]
    public void ATopicHomeAssistantWouldNotReadIsReported(string topic, string error) =>
        Assert.Contains(HomeAssistantSchema.Check("homeassistant", topic, Power()), e => e.Contains(error, StringComparison.Ordinal));

    [Fact]
    public void ASwitchPublishingToAWildcardIsReported()
    {
        var config = new JsonObject { ["command_topic"] = "gw/+/cmd", ["device_class"] = "relay" };
        IReadOnlyList<string> errors = HomeAssistantSchema.Check("homeassistant", "homeassistant/switch/SG1/R_relay/config", config);
        Assert.Contains(errors, e => e.EndsWith("command_topic must not contain wildcards", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.EndsWith("relay is not a switch device class", StringComparison.Ordinal));
    }
}
