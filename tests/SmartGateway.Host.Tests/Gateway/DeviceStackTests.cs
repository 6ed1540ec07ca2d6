using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Devices;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Gateway.Devices;
using SmartGateway.Host.Storage;
using SmartGateway.Host.Tests.Support;
using SmartGateway.Simulator;
using SmartGateway.Simulator.Devices;

namespace SmartGateway.Host.Tests.Gateway;

/// <summary>The device stack on the built-in simulated devices: real TCP transport, bus and pollers. The poll
/// loop waits an hour between cycles here, so each test drives the cycles it counts.</summary>
public sealed class DeviceStackTests : IDisposable
{
    private readonly GatewayFactory _factory = new(new()
    {
        ["Gateway:PollPeriodMs"] = "3600000",
        ["Gateway:Simulator:AllowOverrides"] = "true",
    });
    private readonly HttpClient _client;
    private readonly DeviceStack _stack;
    private readonly DeviceReadings _readings;

    public DeviceStackTests()
    {
        _client = _factory.CreateClient();
        _stack = _factory.Services.GetRequiredService<DeviceStack>();
        _readings = _factory.Services.GetRequiredService<DeviceReadings>();
    }

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("ir.left.P")]
    [InlineData("ir.left.U.L3")]
    [InlineData("ir.left.counter.5")]
    [InlineData("ir.right.state")]
    [InlineData("rs485.1.P")]
    [InlineData("rs485.2.counter.1")]
    [InlineData("rs485.32.state")]
    public void ReadingsAreKeyedByTheInputPathsRulesUse(string path) => Assert.True(_readings.Get(path).Valid, path);

    [Fact]
    public async Task RestShowsWhatTheMeterLastSaid()
    {
        JsonNode counters = (await _client.GetJsonAsync("/api/counter/1"))["counters"]!;
        double rest = counters["non_resettable"]![0]!["value"]!.GetValue<double>();
        Assert.Equal(_readings.Get("rs485.1.counter.1").Value / 1_000_000.0, rest, 0.05);
    }

    [Fact]
    public async Task AnUnpluggedMeterIsUnknownWithinThreeCyclesAndReportsTheManualsError()
    {
        DeviceLine rs485 = _stack.Line(DeviceStack.Rs485)!;
        _stack.Simulator(DeviceStack.Rs485)!.FaultsOf(1).Offline = true;
        for (int n = 0; n < 3; n++) _stack.Cycle(rs485);

        Assert.False(_readings.Get("rs485.1.P").Valid);
        Assert.True(_readings.Get("rs485.2.P").Valid);
        EventLog log = _factory.Services.GetRequiredService<EventLog>();
        Assert.Contains(log.Recent(10, EventLog.Error), e => e.Message == "RS485 device 1 (WM3M4C) not responding");
        string flags = (await _client.GetJsonAsync("/api"))["status"]!["error_flags"]!.GetValue<string>();
        Assert.Equal(0x08, Convert.ToInt32(flags, 16) & 0x08);
        using HttpResponseMessage measurement = await _client.GetAsync("/api/measurement/1");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, measurement.StatusCode);
    }

    [Fact]
    public void AMeterThatAnswersAgainIsReadAgainAndTheErrorFlagDrops()
    {
        DeviceLine rs485 = _stack.Line(DeviceStack.Rs485)!;
        FaultSettings faults = _stack.Simulator(DeviceStack.Rs485)!.FaultsOf(2);
        faults.Offline = true;
        for (int n = 0; n < 3; n++) _stack.Cycle(rs485);
        faults.Offline = false;
        for (int n = 0; n <= BusPoller.MaxBackoffCycles && !_readings.Get("rs485.2.P").Valid; n++) _stack.Cycle(rs485);

        Assert.True(_readings.Get("rs485.2.P").Valid);
        Assert.False(_factory.Services.GetRequiredService<GatewayHealth>().Flags.HasFlag(ErrorFlags.DeviceNotResponding));
    }

    [Fact]
    public async Task SwitchingABicomWritesTheRelay()
    {
        var relay = (BicomRelay)_stack.Simulator(DeviceStack.Rs485)!.Devices[32];
        using HttpResponseMessage response = await _client.PostJsonAsync("/api/bicom", """{"addr": 32, "val": "on"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(relay.On);
        JsonArray bicoms = (await _client.GetJsonAsync("/api/bicoms"))["bicoms"]!.AsArray();
        Assert.Equal("on", bicoms.Single(b => b!["address"]!.GetValue<int>() == 32)!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task ADescriptionIsWrittenToTheDevice()
    {
        SimulatedDevice meter = _stack.Simulator(DeviceStack.Rs485)!.Devices[2];
        (await _client.PostJsonAsync("/api/devices/3", """{"description": "Sauna"}""")).Dispose();
        Assert.Equal(('S' << 8) | 'a', meter.Holding[101]);
        Assert.Equal(('u' << 8) | 'n', meter.Holding[102]);
    }

    [Fact]
    public async Task TheSimulatorHookHoldsAMeterAtAGivenPowerUntilReleased()
    {
        DeviceLine left = _stack.Line(DeviceStack.LeftIr)!;
        using (HttpResponseMessage hold = await _client.PostJsonAsync("/api/simulator/inputs", """{"slot": 0, "active_power_w": 11000}"""))
            Assert.Equal(HttpStatusCode.OK, hold.StatusCode);
        _stack.Cycle(left);
        Assert.Equal(11_000.0, _readings.Get("ir.left.P").Value / 1_000_000.0, 1.0);

        (await _client.PostJsonAsync("/api/simulator/inputs", """{"slot": 0, "active_power_w": null}""")).Dispose();
        _stack.Cycle(left);
        // The house drives the grid meter again: the value read is its own, far from the held one.
        var meter = (IskraMeter)_stack.Simulator(DeviceStack.LeftIr)!.Devices[33];
        double watts = _readings.Get("ir.left.P").Value / 1_000_000.0;
        Assert.Equal(meter.Truth["P"], watts, 1.0);
        Assert.True(Math.Abs(watts - 11_000) > 1_000, $"still held: {watts} W");
    }

    [Fact]
    public async Task TheSimulatorHookIsRefusedForASlotWithoutAMeter()
    {
        using HttpResponseMessage response = await _client.PostJsonAsync("/api/simulator/inputs", """{"slot": 4, "active_power_w": 100}""");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("ir.left", 0)]
    [InlineData("ir.right", 1)]
    [InlineData("rs485.1", 2)]
    [InlineData("rs485.32", 4)]
    public void RuleInterfacesNameTheirSlot(string path, int slot) =>
        Assert.Equal(slot, _factory.Services.GetRequiredService<IDeviceDirectory>().ByInterfacePath(path)?.Slot);

    [Fact]
    public void AnAddressWithoutADeviceNamesNoSlot() =>
        Assert.Null(_factory.Services.GetRequiredService<IDeviceDirectory>().ByInterfacePath("rs485.7"));
}
