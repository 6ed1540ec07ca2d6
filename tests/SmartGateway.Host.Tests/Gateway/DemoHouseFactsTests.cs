using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using SmartGateway.Devices;
using SmartGateway.Host.Tests.Mqtt.HomeAssistant;
using SmartGateway.Host.Tests.Support;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Host.Tests.Gateway;

/// <summary>
/// Consistent facts (issue 14 item 5) for the demo house: each device the gateway identifies is the same device —
/// address, model, serial number — in REST /api/devices, in the MQTT discovery Home Assistant reads (through a real
/// Mosquitto) and behind the Modbus TCP server's forwarding (read as any Modbus TCP master would).
/// </summary>
public sealed class DemoHouseFactsTests : IAsyncLifetime
{
    private const string Prefix = HomeAssistantFixture.Prefix;
    private readonly MosquittoBroker _broker = new();
    private readonly int _modbusPort = FreePort();
    private GatewayFactory _gateway = null!;
    private MqttTestClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = await MqttTestClient.ConnectAsync(_broker, Prefix + "/#", HomeAssistantFixture.Root + "/publish/#");
        Dictionary<string, string?> settings = HomeAssistantFixture.LinkSettings(_broker);
        settings["Gateway:ModbusTcpPort"] = _modbusPort.ToString(CultureInfo.InvariantCulture);
        settings["Gateway:ModbusTcpBind"] = "127.0.0.1";
        _gateway = new GatewayFactory(settings);
        _ = _gateway.Services; // starts the host; the factory waits until every line is identified
        await HomeAssistantFixture.WaitForDiscoveryAsync(_client, Prefix, HomeAssistantFixture.Node);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        _gateway.Dispose();
        _broker.Dispose();
    }

    [Fact]
    public async Task EveryIdentifiedDeviceIsTheSameInRestMqttAndModbusTcp()
    {
        JsonArray slots = (await _gateway.CreateClient().GetJsonAsync("/api/devices"))["devices"]!.AsArray();
        IReadOnlyDictionary<string, JsonObject> configs = await RetainedMessages.ConfigsAsync(_broker, Prefix);
        using var modbus = new ModbusBus(new TcpTransport("127.0.0.1", _modbusPort));

        foreach (DemoHouse.Device device in DemoHouse.Devices)
        {
            // REST: an RS485 Bicom's metering entry says "Not Detected" and names the relay under "bicom" (SG-REST.md §4.2).
            JsonNode slot = slots.Single(s => s!["interface"]!.GetValue<string>().StartsWith(device.Interface, StringComparison.Ordinal)
                && s["address"]!.GetValue<int>() == device.Address)!;
            JsonNode listed = device.IsBicom && device.Interface == "RS 485" ? slot["bicom"]! : slot;
            Assert.True(device.Model == listed["model"]!.GetValue<string>() && device.Serial == listed["serial"]!.GetValue<string>(),
                $"{device}: /api/devices lists {listed.ToJsonString()}");

            // MQTT: Home Assistant's device for it carries the same model and serial number.
            JsonObject[] mine = [.. configs.Values.Where(c => c["device"]!["identifiers"]![0]!.GetValue<string>() == "sg_" + device.Serial)];
            Assert.True(mine.Length > 0, $"{device}: no discovery config");
            Assert.All(mine, c => Assert.Equal(device.Model, c["device"]!["model"]!.GetValue<string>()));
            if (device.IsBicom) Assert.Contains($"{Prefix}/switch/{HomeAssistantFixture.Node}/{device.Serial}_relay/config", configs.Keys);

            // Modbus TCP: the unit with the device's address answers the device's own identification (input 1-12). The
            // right IR Bicom shares unit 33 with the left IR meter, which forwarding reaches first; the gateway's own
            // unit 34 mirrors that Bicom (ModbusTcpServerTests).
            if (device.Interface == "Right IR") continue;
            ModbusResult identification = modbus.Execute(ModbusRequest.Read((byte)device.Address, FunctionCode.ReadInputRegisters, 1, 12));
            Assert.True(identification.Ok, $"{device}: {identification}");
            Assert.Equal((device.Model, device.Serial), (Text(identification.Registers, 0, 8), Text(identification.Registers, 8, 4)));
        }
    }

    [Fact]
    public async Task TheHvacControllerIsListedNowhereAndForwardingReachesItsModeRegister()
    {
        string devices = await _gateway.CreateClient().GetStringAsync("/api/devices");
        Assert.DoesNotContain("\"address\":" + DemoHouse.HvacAddress + ",", devices, StringComparison.Ordinal);
        IReadOnlyDictionary<string, JsonObject> configs = await RetainedMessages.ConfigsAsync(_broker, Prefix);
        Assert.DoesNotContain(configs.Values, c => c["device"]!["model"]?.GetValue<string>() == "HVAC");

        using var modbus = new ModbusBus(new TcpTransport("127.0.0.1", _modbusPort));
        byte unit = DemoHouse.HvacAddress;
        // The examples' HVAC automation writes the mode too, so the value read is either mode, not necessarily ours.
        Assert.True(modbus.Execute(ModbusRequest.WriteSingle(unit, DemoHouse.HvacModeRegister, 5)).Ok);
        Assert.Contains(modbus.Execute(ModbusRequest.Read(unit, FunctionCode.ReadHoldingRegisters, DemoHouse.HvacModeRegister, 1)).Registers[0], new ushort[] { 4, 5 });
        ModbusResult refused = modbus.Execute(ModbusRequest.WriteSingle(unit, DemoHouse.HvacModeRegister, 6));
        Assert.Equal((TransactionStatus.Exception, ExceptionCode.IllegalDataValue), (refused.Status, refused.ExceptionCode));
    }

    /// <summary>Two ASCII characters per register, high byte first, padded with spaces or NULs.</summary>
    private static string Text(ushort[] registers, int offset, int words)
    {
        var text = new StringBuilder();
        for (int n = 0; n < words; n++) text.Append((char)(registers[offset + n] >> 8)).Append((char)(registers[offset + n] & 0xFF));
        return text.ToString().Trim(' ', '\0');
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
