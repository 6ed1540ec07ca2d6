using System.Globalization;
using System.Text.Json.Nodes;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.WebUi;

/// <summary>The load profile carries the gateway's wall clock and tariff, so a browser in another zone draws the gateway's day.</summary>
public sealed class LoadProfileTimeTests : IDisposable
{
    private readonly GatewayFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task EachIntervalHasItsEndOnTheGatewaysClockAndItsTariff()
    {
        HttpClient client = _factory.CreateClient();
        // A calendar in Japan's zone with tariff 3 all day: nothing here matches the machine's zone or the default calendar.
        using HttpResponseMessage calendar = await client.PostJsonAsync("/api/tariffs", """
            {"version": 1, "timezone": "JST-9", "tariffs": [{"id": 1, "name": "A"}, {"id": 2, "name": "B"}, {"id": 3, "name": "C"}],
             "seasons": [{"name": "All", "start": "01-01", "days": ["workday", "weekend"], "schedule": [{"hour": 0, "tariff": 3}]}], "holidays": []}
            """);
        Assert.True(calendar.IsSuccessStatusCode, await calendar.Content.ReadAsStringAsync());
        // The running interval shows from the sampler's first sample of the meter (every 5 s, once its line is identified).
        JsonNode profile = await client.GetJsonAsync("/api/load_profile/0");
        for (int tries = 0; profile["intervals"]!.AsArray().Count == 0 && tries < 600; tries++)
        {
            await Task.Delay(100);
            profile = await client.GetJsonAsync("/api/load_profile/0");
        }
        JsonNode running = profile["intervals"]!.AsArray().Last()!;
        var end = DateTimeOffset.Parse(running["end"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        string localEnd = running["local_end"]!.GetValue<string>();
        Assert.Equal(end.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), localEnd);
        Assert.Equal(3, running["tariff"]!.GetValue<int>());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$", profile["local_now"]!.GetValue<string>());
    }
}
