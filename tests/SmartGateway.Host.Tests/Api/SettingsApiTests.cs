using System.Net;
using System.Text.Json.Nodes;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Api;

public sealed class SettingsApiTests : IDisposable
{
    private readonly GatewayFactory _factory = new();
    private readonly HttpClient _client;

    public SettingsApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task APartialUpdateChangesOnlyWhatItNames()
    {
        using HttpResponseMessage response = await _client.PostJsonAsync("/api/settings", """{"general": {"location": "Kranj"}}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonNode settings = await _client.GetJsonAsync("/api/settings");
        Assert.Equal("Kranj", settings["general"]!["location"]!.GetValue<string>());
        Assert.Equal(34, settings["features"]!["local_modbus_address"]!.GetValue<int>());
        Assert.Equal("Kranj", (await _client.GetJsonAsync("/api"))["device"]!["location"]!.GetValue<string>());
    }

    [Fact]
    public async Task ALinkPostedWithoutItsPasswordKeepsIt()
    {
        await Post("""{"links": [{"mode": "disabled", "server": "broker", "password": "pw"}, {}]}""");
        await Post("""{"links": [{"server": "broker2"}, {}]}""");
        JsonNode link = (await _client.GetJsonAsync("/api/settings"))["links"]![0]!;
        Assert.Equal("broker2", link["server"]!.GetValue<string>());
        Assert.True(link["password_set"]!.GetValue<bool>());
        Assert.Null(link["password"]);
    }

    [Theory]
    [InlineData("""{"features": {"local_modbus_address": 300}}""", "local_modbus_address")]
    [InlineData("""{"links": [{"mode": "carrier-pigeon"}, {}]}""", "links[0].mode")]
    [InlineData("""{"general": {"colour": "red"}}""", "colour")]
    [InlineData("""{"general": """, "invalid JSON")]
    [InlineData("""{"auth": {"password_hash": "x"}}""", "password_hash")]
    public async Task BadSettingsAreRefusedNamingTheMemberAndNothingChanges(string body, string named)
    {
        string before = (await _client.GetJsonAsync("/api/settings")).ToJsonString();
        using HttpResponseMessage response = await _client.PostJsonAsync("/api/settings", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await _client.GetJsonAsync("/api/settings")).ToJsonString());
    }

    [Fact]
    public async Task SettingsSurviveARestart()
    {
        await Post("""{"general": {"description": "R&D"}}""");
        using var second = new GatewayFactory(new() { ["Gateway:DataDirectory"] = _factory.DataDirectory });
        JsonNode settings = await second.CreateClient().GetJsonAsync("/api/settings");
        Assert.Equal("R&D", settings["general"]!["description"]!.GetValue<string>());
    }

    private async Task Post(string json)
    {
        using HttpResponseMessage response = await _client.PostJsonAsync("/api/settings", json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
