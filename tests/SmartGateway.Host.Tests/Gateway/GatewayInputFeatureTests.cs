using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Devices;
using SmartGateway.Host.Gateway.Devices;
using SmartGateway.Host.Tests.Support;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Host.Tests.Gateway;

/// <summary>
/// The gateway's own PT1000 and pulse inputs follow their features (features.temperature_input, .pulse_counter):
/// off (the default), their values are unknown on every interface — rules, REST status, Modbus TCP 104–106.
/// </summary>
public sealed class GatewayInputFeatureTests : IDisposable
{
    private readonly GatewayFactory _factory = new(new() { ["Gateway:PollPeriodMs"] = "100" });
    private readonly HttpClient _client;

    public GatewayInputFeatureTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task DisabledInputsAreUnknownToRulesRestAndModbus()
    {
        DeviceReadings readings = _factory.Services.GetRequiredService<DeviceReadings>();
        Assert.False(readings.Get(SimulatedGatewayInputs.Temperature).Valid);
        Assert.False(readings.Get(SimulatedGatewayInputs.Pulse).Valid);
        JsonNode status = (await _client.GetJsonAsync("/api"))["status"]!;
        Assert.Null(status["temperature"]);
        Assert.Null(status["pulse_energy"]);
        Assert.Equal([0x8000, 0xFFFF, 0xFFFF], StatusRegisters());
    }

    [Fact]
    public async Task EnabledInputsAreKnownOnTheSameInterfaces()
    {
        using HttpResponseMessage response = await _client.PostJsonAsync("/api/settings", """{"features": {"temperature_input": true, "pulse_counter": true}}""");
        Assert.True(response.IsSuccessStatusCode);
        DeviceReadings readings = _factory.Services.GetRequiredService<DeviceReadings>();
        for (int n = 0; n < 100 && !readings.Get(SimulatedGatewayInputs.Pulse).Valid; n++) await Task.Delay(50);
        Assert.True(readings.Get(SimulatedGatewayInputs.Temperature).Valid);
        JsonNode status = (await _client.GetJsonAsync("/api"))["status"]!;
        Assert.InRange(status["temperature"]!.GetValue<double>(), 20, 23);
        Assert.True(status["pulse_energy"]!.GetValue<double>() >= 1000);
        Assert.NotEqual(0x8000, StatusRegisters()[0]);
    }

    /// <summary>Input registers 104–106 of the gateway's own unit: temperature ×100, pulse energy (uint32).</summary>
    private int[] StatusRegisters()
    {
        GatewayRegisters registers = _factory.Services.GetRequiredService<GatewayRegisters>();
        byte[] reply = new byte[256];
        registers.Answer(ModbusRequest.Read(34, FunctionCode.ReadInputRegisters, GatewayRegisters.StatusBase + 4, 3), reply, CancellationToken.None);
        return [reply[2] << 8 | reply[3], reply[4] << 8 | reply[5], reply[6] << 8 | reply[7]];
    }
}
