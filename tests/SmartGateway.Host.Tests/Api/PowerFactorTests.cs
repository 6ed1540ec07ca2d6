using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Gateway.Devices;
using SmartGateway.Host.Tests.Support;
using SmartGateway.Runtime.Modbus;
using SmartGateway.Simulator.Devices;

namespace SmartGateway.Host.Tests.Api;

/// <summary>
/// The power factor's Ind/Cap comes from the meter's own T7 flag and shows the same in every form: the REST legacy
/// string and object form (which MQTT and the push links send too) and the Modbus TCP mirror. The simulated left IR
/// meter (IE38MD) is given an inductive or a capacitive load; the poll loop waits an hour, so each test drives its cycle.
/// </summary>
public sealed class PowerFactorTests : IDisposable
{
    private readonly GatewayFactory _factory = new(new() { ["Gateway:PollPeriodMs"] = "3600000" });
    private readonly HttpClient _client;
    private readonly DeviceStack _stack;

    public PowerFactorTests()
    {
        _client = _factory.CreateClient();
        _stack = _factory.Services.GetRequiredService<DeviceStack>();
    }

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData(30, "Ind")]
    [InlineData(-30, "Cap")]
    public async Task LegacyStringsCarryTheMetersFlag(double angle, string character)
    {
        Load(angle, 1);
        JsonNode m = (await _client.GetJsonAsync("/api/measurement/0"))["measurements"]!;
        Assert.Equal("0.8660 " + character, m["Total"]!["PF"]!.GetValue<string>());
        Assert.All(m["Phases"]!.AsArray(), p => Assert.Equal("0.8660 " + character, p!["PF"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(30, "Ind")]
    [InlineData(-30, "Cap")]
    public async Task ObjectFormCarriesTheMetersFlag(double angle, string character)
    {
        Load(angle, 1);
        JsonNode pf = (await _client.GetJsonAsync("/api/measurement/0?format=object"))["measurements"]!["Total"]!["power_factor"]!;
        Assert.Equal(0.866, pf["value"]!.GetValue<double>());
        Assert.Equal(character, pf["character"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnExportingMetersPowerFactorIsNegativeAndItsActivePowerToo()
    {
        Load(30, -1); // the same load turned round: exporting, current at 210° from the voltage
        JsonNode total = (await _client.GetJsonAsync("/api/measurement/0"))["measurements"]!["Total"]!;
        Assert.Equal("-0.8660 Ind", total["PF"]!.GetValue<string>());
        Assert.StartsWith("-", total["P"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("-", total["Q"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30, 1, 0x0000_21D4u)] // 0.8660 inductive import
    [InlineData(-30, 1, 0x00FF_21D4u)] // capacitive import
    [InlineData(30, -1, 0xFF00_21D4u)] // inductive export (quadrant III)
    [InlineData(-30, -1, 0xFFFF_21D4u)] // capacitive export (quadrant II)
    public void ModbusTcpMirrorCarriesTheTotalPowerFactorAsT7(double angle, double direction, uint t7)
    {
        Load(angle, direction);
        GatewayRegisters registers = _factory.Services.GetRequiredService<GatewayRegisters>();
        var request = ModbusRequest.Read(34, FunctionCode.ReadInputRegisters, GatewayRegisters.MirrorBase + 26, 2);
        byte[] reply = new byte[256];
        Assert.Equal(6, registers.Answer(request, reply, CancellationToken.None));
        Assert.Equal(t7, (uint)(reply[2] << 24 | reply[3] << 16 | reply[4] << 8 | reply[5]));
    }

    /// <summary>
    /// Every phase of the left IR meter at angle (positive inductive), importing (1) or exporting (−1), then one poll.
    /// The demo house no longer drives the meter, so the load stays as set.
    /// </summary>
    private void Load(double angle, double direction)
    {
        var meter = (IskraMeter)_stack.Simulator(DeviceStack.LeftIr)!.Devices[33];
        double phi = angle * Math.PI / 180;
        lock (meter.Input)
        {
            meter.Driver = null;
            meter.Load.LoadFactor = direction;
            meter.Load.Drive([230, 230, 230], [.. Enumerable.Repeat(2000 * Math.Cos(phi), 3)], [.. Enumerable.Repeat(2000 * Math.Sin(phi), 3)], 50, 35);
            meter.Advance(0);
        }
        _stack.Cycle(_stack.Line(DeviceStack.LeftIr)!);
    }
}
