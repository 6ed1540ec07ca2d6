using System.Net;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.WebUi;

/// <summary>§4.1.2.3 IR devices: a device on an IR port is recognised only while it is enabled.</summary>
public sealed class IrSettingsTests : IDisposable
{
    private readonly GatewayFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ADisabledIrMeterIsListedAsDisabledAndHasNoMeasurements()
    {
        HttpClient client = _factory.CreateClient();
        using HttpResponseMessage off = await client.PostJsonAsync("/api/settings", """{"ir": {"left_enabled": false}}""");
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.Equal("Disabled", (await client.GetJsonAsync("/api/devices"))["devices"]![0]!["model"]!.GetValue<string>());
        using HttpResponseMessage measurements = await client.GetAsync("/api/measurements/0");
        Assert.Equal(HttpStatusCode.NotFound, measurements.StatusCode);

        using HttpResponseMessage on = await client.PostJsonAsync("/api/settings", """{"ir": {"left_enabled": true}}""");
        Assert.Equal("IE38MD", (await client.GetJsonAsync("/api/devices"))["devices"]![0]!["model"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARightIrRelayNotConnectedIsListedAsDisabled()
    {
        HttpClient client = _factory.CreateClient();
        using HttpResponseMessage off = await client.PostJsonAsync("/api/settings", """{"ir": {"right_mode": "not_connected"}}""");
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.Equal("Disabled", (await client.GetJsonAsync("/api/devices"))["devices"]![1]!["model"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUnknownRelayModeIsRefused()
    {
        using HttpResponseMessage response = await _factory.CreateClient().PostJsonAsync("/api/settings", """{"ir": {"right_mode": "sometimes"}}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ir.right_mode", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
