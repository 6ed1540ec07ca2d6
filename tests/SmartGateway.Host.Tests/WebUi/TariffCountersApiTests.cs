using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.WebUi;

/// <summary>§4.1.4 counters assigned to tariffs: the assignment is stored and the gateway keeps the counter's tariff register.</summary>
public sealed class TariffCountersApiTests : IDisposable
{
    private readonly GatewayFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnAssignedCounterIsStoredAndGetsARegisterFromTheNextReading()
    {
        HttpClient client = _factory.CreateClient();
        using HttpResponseMessage response = await client.PostJsonAsync("/api/tariff_counters/0", """{"counter_kind": "non_resettable", "counter": 1, "tariffs": [2, 1]}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonNode assigned = (await client.GetJsonAsync("/api/settings"))["counter_tariffs"]!.AsArray().Single()!;
        Assert.Equal(0, assigned["slot"]!.GetValue<int>());
        Assert.Equal([1, 2], assigned["tariffs"]!.AsArray().Select(t => t!.GetValue<int>()));

        _factory.Services.GetRequiredService<TariffCounterBook>().Sample(DateTimeOffset.UtcNow);
        JsonNode counter = (await client.GetJsonAsync("/api/tariff_counters/0"))["counters"]!.AsArray().Single()!;
        Assert.True(counter["value"]!.GetValue<double>() >= 0);
        Assert.Equal(5, counter["registers"]!.AsArray().Count);
    }

    [Fact]
    public async Task AnEmptyListUnassignsTheCounter()
    {
        HttpClient client = _factory.CreateClient();
        using HttpResponseMessage on = await client.PostJsonAsync("/api/tariff_counters/0", """{"counter_kind": "resettable", "counter": 2, "tariffs": [1]}""");
        using HttpResponseMessage off = await client.PostJsonAsync("/api/tariff_counters/0", """{"counter_kind": "resettable", "counter": 2, "tariffs": []}""");
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.Empty((await client.GetJsonAsync("/api/tariff_counters/0"))["counters"]!.AsArray());
    }

    [Theory]
    [InlineData("""{"counter_kind": "non_resettable", "counter": 1, "tariffs": [6]}""", "tariffs 1..5")]
    [InlineData("""{"counter_kind": "sideways", "counter": 1, "tariffs": [1]}""", "counter_kind")]
    [InlineData("""{"counter_kind": "non_resettable", "counter": 17, "tariffs": [1]}""", "counter must be 1..16")]
    public async Task BadAssignmentsAreRefusedAndNothingIsStored(string body, string named)
    {
        HttpClient client = _factory.CreateClient();
        using HttpResponseMessage response = await client.PostJsonAsync("/api/tariff_counters/0", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await client.GetJsonAsync("/api/settings"))["counter_tariffs"]!.AsArray());
    }
}
