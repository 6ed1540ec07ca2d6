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
        await WaitForMetersAsync();
        JsonNode result = await HomeAssistantFlow.RunAsync("rest", host.Url.Authority);
        Assert.StartsWith("SG", result["root"]!["model"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["IE38MD", "WM3M4C", "WM3M4C"], Devices(result).Select(d => d["model"]!.GetValue<string>()));
        foreach (JsonNode device in Devices(result)) AssertRead(device);
    }

    [Theory]
    [InlineData(33, "IE38MD")]
    [InlineData(1, "WM3M4C")]
    [InlineData(2, "WM3M4C")]
    public async Task HomeAssistantReadsEachMeterThroughTheGatewaysModbusTcpPortWithNothingLogged(int unit, string model)
    {
        await WaitForMetersAsync();
        JsonNode result = await HomeAssistantFlow.RunAsync("modbus", "127.0.0.1", host.ModbusTcpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            unit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        JsonNode device = Assert.Single(Devices(result));
        Assert.Equal(model, device["model"]!.GetValue<string>());
        AssertRead(device);
    }

    private static IEnumerable<JsonNode> Devices(JsonNode result) => result["devices"]!.AsArray().Select(d => d!);

    /// <summary>Three phases with plausible values, and the counters in Wh/varh with a direction.</summary>
    private static void AssertRead(JsonNode device)
    {
        Assert.Equal(3, device["phases"]!.GetValue<int>());
        Assert.InRange(device["frequency"]!.GetValue<double>(), 49, 51);
        foreach (JsonNode phase in device["phase_values"]!.AsArray().Select(p => p!)) Assert.InRange(phase["U"]!.GetValue<double>(), 200, 260);
        JsonNode[] counters = [.. device["non_resettable"]!.AsArray().Select(c => c!)];
        Assert.NotEmpty(counters);
        Assert.All(counters, c => Assert.Contains(c[1]!.GetValue<string>(), new[] { "Wh", "varh" }));
        Assert.All(counters, c => Assert.Contains(c[2]!.GetValue<string>(), new[] { "import", "export" }));
    }

    /// <summary>The host answers before its lines are identified; Home Assistant's setup expects the meters listed.</summary>
    private async Task WaitForMetersAsync()
    {
        using HttpClient http = host.Client();
        for (int attempt = 0; attempt < 100; attempt++)
        {
            string devices = await http.GetStringAsync("/api/devices");
            if (devices.Contains("\"IE38MD\"", StringComparison.Ordinal) && devices.Split("\"WM3M4C\"").Length == 3) return;
            await Task.Delay(200);
        }
        Assert.Fail("the simulated meters were not identified within 20 s");
    }
}
