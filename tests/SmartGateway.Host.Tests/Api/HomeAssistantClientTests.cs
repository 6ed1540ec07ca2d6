using System.Text.Json.Nodes;
using SmartGateway.Host.Tests.Support;
using SmartGateway.Tests.Shared;

namespace SmartGateway.Host.Tests.Api;

/// <summary>
/// Home Assistant's own Iskra client (pyiskra) against the built host on its simulated devices, over both connection
/// types the integration offers: REST (the gateway and its child meters) and Modbus TCP (port 10001 → unit N, each
/// meter reached through the gateway). Setup, devices and two polls, with nothing logged as a warning or error.
/// </summary>
public sealed class HomeAssistantClientTests(HostProcess host) : IClassFixture<HostProcess>
{
    [Fact]
    public async Task HomeAssistantReadsEveryMeterOverRestWithNothingLogged()
    {
        JsonNode result = await HomeAssistantFlow.RunAsync("rest", host.Url.Authority);
        Assert.StartsWith("SG", result["root"]!["model"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["IE38MD", "WM3M4C", "WM3M4C", "WM1"], Devices(result).Select(d => d["model"]!.GetValue<string>()));
        foreach (JsonNode device in Devices(result)) AssertRead(device);
    }

    [Theory]
    [InlineData(33, "IE38MD")]
    [InlineData(1, "WM3M4C")]
    [InlineData(2, "WM3M4C")]
    [InlineData(35, "WM1")]
    public async Task HomeAssistantReadsEachMeterThroughTheGatewaysModbusTcpPortWithNothingLogged(int unit, string model)
    {
        JsonNode result = await HomeAssistantFlow.RunAsync("modbus", "127.0.0.1", host.ModbusTcpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            unit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        JsonNode device = Assert.Single(Devices(result));
        Assert.Equal(model, device["model"]!.GetValue<string>());
        AssertRead(device);
    }

    private static IEnumerable<JsonNode> Devices(JsonNode result) => result["devices"]!.AsArray().Select(d => d!);

    /// <summary>
    /// Its phases (the water heater's WM1 one, the others three) with plausible values, and the counters in Wh/varh
    /// with a direction.
    /// </summary>
    private static void AssertRead(JsonNode device)
    {
        bool wm1 = device["model"]!.GetValue<string>() == "WM1";
        Assert.Equal(wm1 ? 1 : 3, device["phases"]!.GetValue<int>());
        Assert.InRange(device["frequency"]!.GetValue<double>(), 49, 51);
        foreach (JsonNode phase in device["phase_values"]!.AsArray().Select(p => p!)) Assert.InRange(phase["U"]!.GetValue<double>(), 200, 260);
        // pyiskra reads a WM1's counters as resettable only (its DEVICE_PARAMETERS), the others' non-resettable ones here.
        JsonNode[] counters = [.. device[wm1 ? "resettable" : "non_resettable"]!.AsArray().Select(c => c!)];
        Assert.NotEmpty(counters);
        Assert.All(counters, c => Assert.Contains(c[1]!.GetValue<string>(), new[] { "Wh", "varh" }));
        Assert.All(counters, c => Assert.Contains(c[2]!.GetValue<string>(), new[] { "import", "export" }));
    }
}
