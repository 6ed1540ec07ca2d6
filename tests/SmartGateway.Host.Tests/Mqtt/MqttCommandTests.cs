using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Mqtt;
using SmartGateway.Host.Storage;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Mqtt;

/// <summary>Every §4.7 command through a real Mosquitto, answered in the manual's shapes.</summary>
public sealed class MqttCommandTests(MqttGatewayFixture fixture) : IClassFixture<MqttGatewayFixture>
{
    private const string Commands = MqttGatewayFixture.PlainRoot + "/cmd";
    private const string Publish = MqttGatewayFixture.PlainRoot + "/publish/";

    [Fact]
    public async Task StatusAnswersHelloWorldWithTheDeviceDetails()
    {
        JsonNode hello = await Request("""{"data": {"cmd": "status"}}""", "status/hello");
        Assert.Equal("hello world", hello["hello"]!.GetValue<string>());
        Assert.Equal(GatewayFactory.Serial, hello["serial number"]!.GetValue<string>());
        Assert.StartsWith("SG", hello["model_type"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(hello["sw_ver"]);
        Assert.NotNull(hello["hw_ver"]);
    }

    [Fact]
    public async Task TheTlsLinkWithAClientCertificateAnswersToo()
    {
        JsonNode hello = await fixture.Client.RequestAsync(MqttGatewayFixture.TlsRoot + "/cmd", """{"data": {"cmd": "status"}}""",
            MqttGatewayFixture.TlsRoot + "/publish/status/hello");
        Assert.Equal("hello world", hello["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task ConnectionStateIsRetainedOnline()
    {
        await using MqttTestClient late = await MqttTestClient.ConnectAsync(fixture.Broker, Publish + "connection");
        (string Topic, string Payload, bool Retain) state = await late.WaitForAsync(m => m.Topic == Publish + "connection");
        Assert.Equal("online", state.Payload);
        Assert.True(state.Retain);
    }

    [Fact]
    public async Task ErrorsListsTheLoggedErrors()
    {
        fixture.Gateway.Services.GetRequiredService<EventLog>().Append(EventLog.Error, "ir.left", "Left IR Energy meter not responding");
        JsonNode reply = await Request("""{"data": {"cmd": "errors"}}""", "error", r => r["cmd"]?.GetValue<string>() == "errors");
        Assert.Contains(reply["errors"]!.AsArray(), e => e!["message"]!.GetValue<string>() == "Error: Left IR Energy meter not responding");
    }

    [Fact]
    public async Task AnErrorIsPublishedAsItHappensInTheManualsForm()
    {
        fixture.Gateway.Services.GetRequiredService<EventLog>().Append(EventLog.Error, "rs485.1", "RS485 device 1 not responding");
        // The default automations may publish their own errors (no HVAC unit at address 4 on the simulated line).
        (string Topic, string Payload, bool Retain) message = await fixture.Client.WaitForAsync(m => m.Topic == Publish + "error" && m.Payload.StartsWith('"')
            && m.Payload.Contains("RS485 device 1", StringComparison.Ordinal));
        Assert.Equal("Error: RS485 device 1 not responding", JsonNode.Parse(message.Payload)!.GetValue<string>());
    }

    [Fact]
    public async Task RebootIsAcknowledgedOnTheStatusTopicThenCarriedOut()
    {
        int before = fixture.Reboot.Requests;
        JsonNode reply = await Request("""{"data": {"cmd": "reboot"}}""", "status", r => r["cmd"]?.GetValue<string>() == "reboot");
        Assert.Equal("rebooting", reply["status"]!.GetValue<string>());
        Assert.Equal(before + 1, fixture.Reboot.Requests);
    }

    [Fact]
    public async Task GetSettingsAnswersOnTheStatusTopicWithoutSecrets()
    {
        JsonNode reply = await Request("""{"data": {"cmd": "get_settings"}}""", "status", r => r["cmd"]?.GetValue<string>() == "get_settings");
        JsonArray links = reply["settings"]!["links"]!.AsArray();
        Assert.Equal(MqttGatewayFixture.PlainRoot, links[0]!["root_topic"]!.GetValue<string>());
        Assert.DoesNotContain(MosquittoBroker.Password, reply.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"addr\": 0", "10006494")]
    [InlineData("\"addr\": 33", "10006494")]
    [InlineData("\"index\": 1", "W4192432")]
    [InlineData("\"serial_number\": \"W4170632\"", "W4170632")]
    public async Task MeasurementsNameTheDeviceByAddressIndexOrSerial(string argument, string serial)
    {
        JsonNode reply = await Request("{\"data\": {\"cmd\": \"measurements\", " + argument + "}}", "measurements",
            r => r["serial_number"]?.GetValue<string>() == serial);
        JsonNode phase = reply["measurements"]!["Phases"]![0]!;
        Assert.EndsWith(" V", phase["U"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(reply["measurements"]!["Total"]!["PA"]);
    }

    [Fact]
    public async Task CountersAreInWattHours()
    {
        JsonNode reply = await Request("""{"data": {"cmd": "counters", "addr": 1}}""", "counters", r => r["addr"]?.GetValue<int>() == 1);
        JsonNode first = reply["counters"]!["non_resettable"]![0]!;
        Assert.Equal("Wh", first["unit"]!.GetValue<string>());
        Assert.Equal("import", first["direction"]!.GetValue<string>());
        Assert.True(first["value"]!.GetValue<double>() > 0);
    }

    [Fact]
    public async Task BicomSwitchesAndReportsItsState()
    {
        JsonNode on = await Request("""{"data": {"cmd": "bicom", "addr": 32, "val": "on"}}""", "bicom", r => r["addr"]?.GetValue<int>() == 32);
        Assert.Equal("on", on["state"]!.GetValue<string>());
        JsonNode state = await Request("""{"data": {"cmd": "bicom", "addr": 32, "val": "state"}}""", "bicom", r => r["addr"]?.GetValue<int>() == 32);
        Assert.Equal("on", state["state"]!.GetValue<string>());
        JsonNode off = await Request("""{"data": {"cmd": "bicom", "serial_number": "BI001487", "val": "off"}}""", "bicom", r => r["addr"]?.GetValue<int>() == 32);
        Assert.Equal("off", off["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task BicomAddressZeroIsTheRightIrRelay()
    {
        JsonNode reply = await Request("""{"data": {"cmd": "bicom", "addr": 0, "val": "toggle"}}""", "bicom",
            r => r["interface"]?.GetValue<string>() == "Right IR Device");
        Assert.Contains(reply["state"]!.GetValue<string>(), new[] { "on", "off" });
    }

    [Fact]
    public async Task Detect485DevicesAcceptsTheManualsTrailingCommaAndListsTheBus()
    {
        JsonNode reply = await Request("{\n  \"data\": {\n    \"cmd\": \"detect_485_devices\",\n    }\n}", "status",
            r => r["cmd"]?.GetValue<string>() == "detect_485_devices");
        var serials = reply["devices"]!.AsArray().Select(d => d!["serial_number"]!.GetValue<string>()).ToList();
        Assert.Contains("W4192432", serials);
        Assert.DoesNotContain("10006494", serials); // the IR meter is not on RS485
    }

    [Fact]
    public async Task ModbusWriteSingleThenReadAnswersInTheManualsShape()
    {
        await Request("""{"data": {"cmd": "modbus_write_single", "modbus_address": 1, "reg": 40121, "value": 2}}""", "modbus",
            r => r["data"]?["cmd"]?.GetValue<string>() == "modbus_write_single");
        JsonNode read = await Request("""{"data": {"cmd": "modbus_read", "modbus_address": 1, "reg": 40121, "no_regs": 1}}""", "modbus",
            r => r["cmd"]?.GetValue<string>() == "modbus read" && r["modbus address"]?.GetValue<int>() == 1);
        Assert.Equal(40121, read["register"]!.GetValue<int>());
        Assert.Equal(1, read["number of registers"]!.GetValue<int>());
        Assert.Equal("0x0002", read["values"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task ModbusWriteMultiWritesBytesHighByteFirstAndEchoesBySerial()
    {
        JsonNode reply = await Request("""{"data": {"cmd": "modbus_write_multi", "serial_number": "W4192432", "reg": 40101, "values": [65, 66]}}""",
            "modbus", r => r["data"]?["cmd"]?.GetValue<string>() == "modbus_write_multi");
        Assert.Equal("W4192432", reply["data"]!["serial_number"]!.GetValue<string>());
        Assert.Equal(40101, reply["data"]!["reg"]!.GetValue<int>());
        JsonNode read = await Request("""{"data": {"cmd": "modbus_read", "serial_number": "W4192432", "reg": 40101, "no_regs": 1}}""", "modbus",
            r => r["cmd"]?.GetValue<string>() == "modbus read" && r["register"]?.GetValue<int>() == 40101);
        Assert.Equal("0x4142", read["values"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task ModbusReadOfInputRegistersGivesTheModelName()
    {
        JsonNode read = await Request("""{"data": {"cmd": "modbus_read", "modbus_address": 0, "reg": 30001, "no_regs": 3}}""", "modbus",
            r => r["cmd"]?.GetValue<string>() == "modbus read" && r["register"]?.GetValue<int>() == 30001);
        Assert.Equal(["0x4945", "0x3338", "0x4D44"], read["values"]!.AsArray().Select(v => v!.GetValue<string>())); // "IE38MD"
    }

    [Theory]
    [InlineData("this is not json", "not JSON")]
    [InlineData("""{"data": {"cmd": "self_destruct"}}""", "unknown command")]
    [InlineData("""{"data": {}}""", "cmd")]
    [InlineData("""[1, 2]""", "JSON object")]
    [InlineData("""{"data": {"cmd": "measurements"}}""", "name the device")]
    [InlineData("""{"data": {"cmd": "measurements", "addr": "zero"}}""", "\"addr\" must be an integer")]
    [InlineData("""{"data": {"cmd": "measurements", "addr": 99}}""", "no device at address 99")]
    [InlineData("""{"data": {"cmd": "bicom", "addr": 32, "val": "explode"}}""", "val")]
    [InlineData("""{"data": {"cmd": "modbus_read", "modbus_address": 1, "reg": 40001, "no_regs": 500}}""", "no_regs")]
    [InlineData("""{"data": {"cmd": "modbus_write_multi", "modbus_address": 1, "reg": 40101, "values": [65]}}""", "even number")]
    [InlineData("""{"data": {"cmd": "modbus_write_single", "modbus_address": 1, "reg": 30001, "value": 1}}""", "holding")]
    [InlineData("""{"data": {"cmd": "modbus_read", "modbus_address": 77, "reg": 40001}}""", "no device")]
    public async Task MalformedCommandsGetAnErrorReplyAndTheLinkKeepsServing(string command, string mentions)
    {
        JsonNode reply = await Request(command, "error", r => r["error"] is not null && r["cmd"]?.GetValue<string>() != "errors");
        Assert.Contains(mentions, reply["error"]!.GetValue<string>(), StringComparison.Ordinal);
        JsonNode hello = await Request("""{"data": {"cmd": "status"}}""", "status/hello");
        Assert.Equal("hello world", hello["hello"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(1, MqttGatewayFixture.PlainRoot)]
    [InlineData(2, MqttGatewayFixture.TlsRoot)]
    public async Task AutomationActionsPublishUnderTheChosenLinksPublishTopic(int link, string root)
    {
        IMqttPublisher publisher = fixture.Gateway.Services.GetRequiredService<Host.Mqtt.IMqttPublisher>();
        Assert.True(await publisher.PublishAsync(link, "test", "action executed", CancellationToken.None));
        (string Topic, string Payload, bool Retain) message = await fixture.Client.WaitForAsync(m => m.Topic == root + "/publish/test" && m.Payload == "action executed");
        Assert.False(message.Retain);
    }

    private Task<JsonNode> Request(string payload, string subtopic, Func<JsonNode, bool>? match = null) =>
        fixture.Client.RequestAsync(Commands, payload, Publish + subtopic, match);
}
