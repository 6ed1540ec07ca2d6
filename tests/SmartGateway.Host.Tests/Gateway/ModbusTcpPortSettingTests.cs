using System.Net;
using System.Text.Json.Nodes;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Gateway;

/// <summary>features.modbus_tcp_port is the port the Modbus TCP server really listens on (Gateway:ModbusTcpPort).</summary>
public sealed class ModbusTcpPortSettingTests(HostProcess host) : IClassFixture<HostProcess>
{
    [Fact]
    public async Task SettingsShowThePortTheServerListensOn()
    {
        using HttpClient http = host.Client();
        JsonNode features = (await http.GetJsonAsync("/api/settings"))["features"]!;
        Assert.Equal(host.ModbusTcpPort, features["modbus_tcp_port"]!.GetValue<int>());
    }

    [Fact]
    public async Task ASettingsChangeToAnotherPortIsRefusedNamingTheOption()
    {
        using HttpClient http = host.Client();
        using HttpResponseMessage response = await http.PostJsonAsync("/api/settings", """{"features": {"modbus_tcp_port": 1502}}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Gateway:ModbusTcpPort", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
