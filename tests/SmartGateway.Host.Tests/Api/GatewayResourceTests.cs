using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Api;

/// <summary>The §4.2 resources beyond Home Assistant's four.</summary>
public sealed class GatewayResourceTests : IDisposable
{
    private readonly GatewayFactory _factory = new();
    private readonly HttpClient _client;

    public GatewayResourceTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task StatusCarriesTheStatusPageFields()
    {
        JsonNode status = (await _client.GetJsonAsync("/api"))["status"]!;
        foreach (string? field in new[] { "uptime", "settings_crc", "error_flags", "free_memory", "active_tariff", "local_time", "link1_status", "link2_status" })
            Assert.NotNull(status[field]);
        Assert.Matches(@"^\d+d \d\d:\d\d:\d\d$", status["uptime"]!.GetValue<string>());
        Assert.Matches(@"^0x[0-9A-F]{4}$", status["settings_crc"]!.GetValue<string>());
        Assert.Matches(@"^\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d$", status["local_time"]!.GetValue<string>());
        Assert.Equal("Disabled", status["link1_status"]!.GetValue<string>());
    }

    [Fact]
    public async Task SettingsCrcChangesWithTheSettings()
    {
        string before = (await _client.GetJsonAsync("/api"))["status"]!["settings_crc"]!.GetValue<string>();
        (await _client.PostJsonAsync("/api/settings", """{"general": {"description": "changed"}}""")).Dispose();
        string after = (await _client.GetJsonAsync("/api"))["status"]!["settings_crc"]!.GetValue<string>();
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task BlinkShowsOnTheStatus()
    {
        JsonNode blink = await _client.GetJsonAsync("/api/blink");
        Assert.Equal(30, blink["seconds"]!.GetValue<int>());
        Assert.True((await _client.GetJsonAsync("/api"))["status"]!["blinking"]!.GetValue<bool>());
    }

    [Fact]
    public async Task BicomsListsEveryRelayAndControlSwitchesOne()
    {
        JsonArray bicoms = (await _client.GetJsonAsync("/api/bicoms"))["bicoms"]!.AsArray();
        Assert.Equal(2, bicoms.Count);
        Assert.All(bicoms, b => Assert.Equal("off", b!["state"]!.GetValue<string>()));

        using HttpResponseMessage response = await _client.PostJsonAsync("/api/bicom", """{"addr": 0, "val": "on"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonArray after = (await _client.GetJsonAsync("/api/bicoms"))["bicoms"]!.AsArray();
        Assert.Equal("on", after.Single(b => b!["interface"]!.GetValue<string>() == "Right IR Device")!["state"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"addr": 0, "val": "explode"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"val": "on"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"addr": 1, "val": "on"}""", HttpStatusCode.NotFound)]
    [InlineData("""{"addr": 0, "val": "on", "colour": 1}""", HttpStatusCode.BadRequest)]
    public async Task BadBicomRequestsAreRefused(string body, HttpStatusCode expected)
    {
        using HttpResponseMessage response = await _client.PostJsonAsync("/api/bicom", body);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task ADeviceDescriptionCanBeChanged()
    {
        using HttpResponseMessage response = await _client.PostJsonAsync("/api/devices/2", """{"description": "Sauna"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonArray devices = (await _client.GetJsonAsync("/api/devices"))["devices"]!.AsArray();
        Assert.Equal("Sauna", devices[2]!["description"]!.GetValue<string>());
        Assert.Equal("SmartGateway simulator", devices[2]!["location"]!.GetValue<string>()); // as the device said
    }

    [Fact]
    public async Task Rs485ScanListsTheBusDevices()
    {
        JsonArray devices = (await _client.GetJsonAsync("/api/rs485/scan-devices"))["devices"]!.AsArray();
        // The HVAC controller at 4 has no identification block, so the scan does not find it.
        Assert.Equal([1, 2, 32, 35], devices.Select(d => d!["address"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Rs485ParametersAreCheckedAndStored()
    {
        using (HttpResponseMessage bad = await _client.PostJsonAsync("/api/rs485/set-parameters", """{"address": 1, "slot": 1, "parity": "sometimes"}"""))
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using (HttpResponseMessage good = await _client.PostJsonAsync("/api/rs485/set-parameters", """{"address": 1, "slot": 1, "baud_rate": 9600, "parity": "even"}"""))
            Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        JsonNode rs485 = (await _client.GetJsonAsync("/api/settings"))["rs485"]!;
        Assert.Equal(9600, rs485["baud_rate"]!.GetValue<int>());
        Assert.Equal("even", rs485["parity"]!.GetValue<string>());
    }

    [Fact]
    public async Task MalformedAutomationsJsonIsRefusedWithItsLocationAndTheOldSourceStays()
    {
        using (HttpResponseMessage good = await _client.PostAsync("/api/automations", new StringContent("""{"automations": []}""", Encoding.UTF8, "application/json")))
            Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        using HttpResponseMessage bad = await _client.PostAsync("/api/automations", new StringContent("{\n  \"automations\": [,]\n}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        JsonNode diagnostic = (await bad.Content.ReadFromJsonNodeAsync())["diagnostics"]![0]!;
        Assert.Equal(2, diagnostic["line"]!.GetValue<int>());
        JsonNode current = await _client.GetJsonAsync("/api/automations");
        Assert.Equal("""{"automations": []}""", current["source"]!.GetValue<string>());
        Assert.Equal("json", current["format"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARefusedAutomationIsInTheErrorLogAndASettingsChangeInTheEventLog()
    {
        (await _client.PostAsync("/api/automations", new StringContent("{", Encoding.UTF8, "application/json"))).Dispose();
        (await _client.PostJsonAsync("/api/settings", """{"general": {"location": "Kranj"}}""")).Dispose();
        JsonArray errors = (await _client.GetJsonAsync("/api/events?level=error"))["events"]!.AsArray();
        Assert.Contains(errors, e => e!["source"]!.GetValue<string>() == "automations");
        JsonArray all = (await _client.GetJsonAsync("/api/events"))["events"]!.AsArray();
        Assert.Equal("settings changed: general", all[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task TariffSourceIsStoredAndTheActiveTariffReported()
    {
        const string flat = "timezone \"UTC0\"\ntariff 3 \"Flat\" price 0.2\nseason \"All year\" starts 01-01 on workday, weekend, holiday {\n  0 => 3\n}\n";
        using (HttpResponseMessage post = await _client.PostAsync("/api/tariffs", new StringContent(flat, Encoding.UTF8, "text/x-sg-dsl")))
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        JsonNode tariffs = await _client.GetJsonAsync("/api/tariffs");
        Assert.Equal(flat, tariffs["source"]!.GetValue<string>());
        Assert.Equal(3, tariffs["active_tariff"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnInvalidCalendarIsRefusedAtItsLineAndTheOldOneStays()
    {
        string before = (await _client.GetJsonAsync("/api/tariffs"))["source"]!.GetValue<string>();
        using HttpResponseMessage post = await _client.PostAsync("/api/tariffs", new StringContent("timezone \"UTC0\"\ntariff 9 \"Bad\"\n", Encoding.UTF8, "text/x-sg-dsl"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, post.StatusCode);
        JsonNode body = System.Text.Json.Nodes.JsonNode.Parse(await post.Content.ReadAsStringAsync())!;
        Assert.Contains(body["diagnostics"]!.AsArray(), d => d!["severity"]!.GetValue<string>() == "error" && d["line"]!.GetValue<int>() == 2);
        Assert.Equal(before, (await _client.GetJsonAsync("/api/tariffs"))["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task RecorderDataOfAnUnconfiguredRecorderIsNotFound()
    {
        Assert.Empty((await _client.GetJsonAsync("/api/recorders"))["recorders"]!.AsArray());
        using HttpResponseMessage response = await _client.GetAsync("/api/recorder/1");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ConfiguredRecordersAreListedAndTheirCsvHasAHeader()
    {
        (await _client.PostJsonAsync("/api/settings", """{"recorders": [{"enabled": true, "slot": 0, "counter": 1}]}""")).Dispose();
        JsonNode recorder = (await _client.GetJsonAsync("/api/recorders"))["recorders"]![0]!;
        Assert.Equal(1, recorder["id"]!.GetValue<int>());
        using HttpResponseMessage csv = await _client.GetAsync("/api/recorder/1/csv?period=monthly");
        Assert.Equal("text/csv; charset=utf-8", csv.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("date,value,unit,consumption", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClearingAnUnconfiguredRecorderIsNotFoundAndAConfiguredOneIsEmptied()
    {
        using (HttpResponseMessage missing = await _client.DeleteAsync("/api/recorder/1"))
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        (await _client.PostJsonAsync("/api/settings", """{"recorders": [{"enabled": true}]}""")).Dispose();
        using (HttpResponseMessage cleared = await _client.DeleteAsync("/api/recorder/1"))
            Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        using (HttpResponseMessage profile = await _client.DeleteAsync("/api/load_profile/0"))
            Assert.Equal(HttpStatusCode.NoContent, profile.StatusCode);
    }

    [Fact]
    public async Task LoadProfileAnswersBothSpellings()
    {
        Assert.NotNull((await _client.GetJsonAsync("/api/load_profile/0"))["intervals"]);
        Assert.NotNull((await _client.GetJsonAsync("/api/load_profile0"))["intervals"]);
    }

    [Fact]
    public async Task FilesCanBeUploadedListedAndDeleted()
    {
        using (HttpResponseMessage put = await _client.PutAsync("/api/files/ca.pem", HttpJson.Binary("-----BEGIN CERTIFICATE-----"u8.ToArray())))
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        JsonArray files = (await _client.GetJsonAsync("/api/files"))["files"]!.AsArray();
        Assert.Equal(27, files.Single(f => f!["name"]!.GetValue<string>() == "ca.pem")!["size"]!.GetValue<long>());
        using (HttpResponseMessage delete = await _client.DeleteAsync("/api/files/ca.pem"))
            Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Empty((await _client.GetJsonAsync("/api/files"))["files"]!.AsArray());
    }

    [Theory]
    [InlineData("..%2Fgateway.db")]
    [InlineData(".hidden")]
    public async Task FileNamesCannotLeaveTheFileArea(string name)
    {
        using HttpResponseMessage response = await _client.PutAsync("/api/files/" + name, HttpJson.Binary([1]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
