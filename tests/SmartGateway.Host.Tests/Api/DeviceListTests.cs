using System.Text.Json.Nodes;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Api;

/// <summary>GET /api/devices as Home Assistant's client indexes it (docs/SG-REST.md §4.2).</summary>
public sealed class DeviceListTests : IDisposable
{
    private readonly GatewayFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnRs485BicomsMeteringSlotIsNotDetectedAndNamesTheRelay()
    {
        JsonNode slot = (await _factory.CreateClient().GetJsonAsync("/api/devices"))["devices"]!.AsArray()
            .Single(d => d!["address"]?.GetValue<int>() == 32)!;
        Assert.Equal("Not Detected", slot["model"]!.GetValue<string>());
        Assert.Equal("BI432", slot["bicom"]!["model"]!.GetValue<string>());
        Assert.Equal("BI001487", slot["bicom"]!["serial"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheRightIrBicomKeepsItsModelSinceTheClientDropsThatEntry()
    {
        JsonNode slot = (await _factory.CreateClient().GetJsonAsync("/api/devices"))["devices"]![1]!;
        Assert.Contains("Right IR", slot["interface"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("BI432", slot["model"]!.GetValue<string>());
    }
}
