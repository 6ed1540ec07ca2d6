using System.IO.Ports;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Devices;
using SmartGateway.Host.Tests.Support;
using SmartGateway.Simulator;
using SmartGateway.Simulator.Devices;
using SmartGateway.Tests.Shared;

namespace SmartGateway.Host.Tests.Gateway;

/// <summary>Configured ports instead of the built-in simulator: an RS485 serial port (a socat pty pair with the
/// simulator's RTU slave on the far end) and a Modbus TCP meter.</summary>
public sealed class ConfiguredPortTests
{
    [Fact]
    public async Task AnRs485SerialPortIsPolledOverRtu()
    {
        using var pty = new PtyPair();
        var bus = new SimulatedBus();
        bus.Add(5, new IskraMeter("WM3M4C", "W0000005"));
        using var slave = new RtuSlaveServer(bus, pty.First, 115200, Parity.None, StopBits.One);
        slave.Start();
        using var gateway = new GatewayFactory(new()
        {
            ["Gateway:Rs485:Port"] = pty.Second,
            ["Gateway:Rs485:BaudRate"] = "115200",
            ["Gateway:Rs485:Addresses:0"] = "5",
        });
        HttpClient client = gateway.CreateClient();

        JsonArray devices = (await client.GetJsonAsync("/api/devices"))["devices"]!.AsArray();
        Assert.Equal("W0000005", devices[2]!["serial"]!.GetValue<string>());
        Assert.Equal(5, devices[2]!["address"]!.GetValue<int>());
        Assert.True(gateway.Services.GetRequiredService<DeviceReadings>().Get("rs485.5.U.L1").Valid);
    }

    [Fact]
    public async Task TheSimulatorHookIsNotServedUnlessAllowed()
    {
        using var gateway = new GatewayFactory();
        using HttpResponseMessage response = await gateway.CreateClient().PostJsonAsync("/api/simulator/inputs", """{"slot": 0, "active_power_w": 11000}""");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AModbusTcpMeterAppearsInItsConfiguredSlot()
    {
        var bus = new SimulatedBus();
        bus.Add(7, new IskraMeter("IE38MD", "T0000007"));
        await using var server = new TcpSlaveServer(bus, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        using var gateway = new GatewayFactory(new()
        {
            ["Gateway:TcpMeters:0:Host"] = "127.0.0.1",
            ["Gateway:TcpMeters:0:Port"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:TcpMeters:0:UnitId"] = "7",
            ["Gateway:TcpMeters:0:Rs485Slot"] = "5",
        });
        HttpClient client = gateway.CreateClient();

        JsonArray devices = (await client.GetJsonAsync("/api/devices"))["devices"]!.AsArray();
        Assert.Equal("T0000007", devices[6]!["serial"]!.GetValue<string>()); // RS485 device 5
        JsonNode counters = (await client.GetJsonAsync("/api/counter/5"))["counters"]!;
        Assert.Equal(4, counters["non_resettable"]!.AsArray().Count);
    }
}
