using System.Net;
using System.Text.Json.Nodes;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.WebUi;

/// <summary>§4.1.2.4 "Add device" / "Add all devices": added RS485 devices are stored and read from start on.</summary>
public sealed class Rs485DevicesApiTests : IDisposable
{
    // Only address 1 is configured, so the simulated meter at 2 is read only once it is added.
    private static readonly Dictionary<string, string?> OnlyAddressOne = new() { ["Gateway:Rs485:Addresses:0"] = "1" };
    private readonly GatewayFactory _factory = new(OnlyAddressOne);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnAddedDeviceIsReadAtOnceAndAfterARestart()
    {
        HttpClient client = _factory.CreateClient();
        Assert.DoesNotContain(await Addresses(client), a => a == 2);

        using HttpResponseMessage added = await client.PostJsonAsync("/api/rs485/devices", """{"addresses": [2]}""");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        JsonNode answer = await added.Content.ReadFromJsonNodeAsync();
        Assert.Equal([2], answer["addresses"]!.AsArray().Select(a => a!.GetValue<int>()));
        Assert.Contains(await Addresses(client), a => a == 2);

        using var restarted = new GatewayFactory(new(OnlyAddressOne) { ["Gateway:DataDirectory"] = _factory.DataDirectory });
        Assert.Contains(await Addresses(restarted.CreateClient()), a => a == 2);
    }

    [Theory]
    [InlineData("""{"addresses": []}""", "at least one")]
    [InlineData("""{"addresses": [0]}""", "1..247")]
    public async Task BadAddressesAreRefusedAndNothingIsStored(string body, string named)
    {
        HttpClient client = _factory.CreateClient();
        using HttpResponseMessage response = await client.PostJsonAsync("/api/rs485/devices", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await client.GetJsonAsync("/api/settings"))["rs485"]!["addresses"]!.AsArray());
    }

    private static async Task<List<int>> Addresses(HttpClient client) =>
        (await client.GetJsonAsync("/api/devices"))["devices"]!.AsArray()
            .Where(d => d!["interface"]!.GetValue<string>().StartsWith("RS 485", StringComparison.Ordinal) && d["model"]!.GetValue<string>() != "Disabled")
            .Select(d => d!["address"]!.GetValue<int>()).ToList();
}
