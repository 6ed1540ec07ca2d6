using System.Text.Json;
using System.Text.Json.Nodes;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Api;

/// <summary>The four resources Home Assistant's Iskra integration reads, checked the way pyiskra reads them.</summary>
public sealed class HomeAssistantContractTests : IClassFixture<GatewayFactory>
{
    private readonly HttpClient _client;

    public HomeAssistantContractTests(GatewayFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task GatewayReportsAnSgModelAndItsSerialNumber()
    {
        JsonNode device = (await _client.GetJsonAsync("/api"))["device"]!;
        Assert.StartsWith("SG", device["model_type"]!.GetValue<string>().Trim(), StringComparison.Ordinal);
        Assert.Equal(GatewayFactory.Serial, device["serial_number"]!.GetValue<string>().Trim());
        Assert.NotNull(device["sw_ver"]);
    }

    [Theory]
    [InlineData("/api")]
    [InlineData("/api/devices")]
    [InlineData("/api/measurement/0")]
    [InlineData("/api/counter/0")]
    public async Task ResourcesAnswerApplicationJsonUtf8(string path)
    {
        using HttpResponseMessage response = await _client.GetAsync(path);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task DeviceListHasAll18SlotsWithInterfaceModelAndSerial()
    {
        JsonArray devices = (await _client.GetJsonAsync("/api/devices"))["devices"]!.AsArray();
        Assert.Equal(18, devices.Count);
        Assert.Equal("Left IR Device", devices[0]!["interface"]!.GetValue<string>());
        Assert.Contains("Right IR", devices[1]!["interface"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("RS 485 Device 16", devices[17]!["interface"]!.GetValue<string>());
        foreach (JsonNode? device in devices)
        {
            string model = device!["model"]!.GetValue<string>();
            Assert.Equal(model.Trim(), model);
            Assert.NotNull(device["serial"]);
        }
        Assert.Equal("Disabled", devices[17]!["model"]!.GetValue<string>());
    }

    [Fact]
    public async Task MeteringIndexSkipsTheRightIrPort()
    {
        JsonArray devices = (await _client.GetJsonAsync("/api/devices"))["devices"]!.AsArray();
        var metering = devices.Where(d => !d!["interface"]!.GetValue<string>().Contains("Right IR", StringComparison.Ordinal)).ToList();
        Assert.Equal(17, metering.Count);
        // pyiskra index 1 is the first RS485 device: its counters carry that device's identity through MQTT too,
        // here we check the REST answer belongs to a WM3M4C (2 non-resettable counters, no resettable ones).
        Assert.Equal("WM3M4C", metering[1]!["model"]!.GetValue<string>());
        JsonNode counters = (await _client.GetJsonAsync("/api/counter/1"))["counters"]!;
        Assert.Equal(2, counters["non_resettable"]!.AsArray().Count);
    }

    [Fact]
    public async Task EveryListedMeterHasMeasurementsPyiskraCanParse()
    {
        var devices = (await _client.GetJsonAsync("/api/devices"))["devices"]!.AsArray()
            .Where(d => !d!["interface"]!.GetValue<string>().Contains("Right IR", StringComparison.Ordinal)).ToList();
        for (int i = 0; i < devices.Count; i++)
        {
            string model = devices[i]!["model"]!.GetValue<string>();
            if (!(model.StartsWith("IE", StringComparison.Ordinal) || model.StartsWith("WM", StringComparison.Ordinal))) continue;
            JsonElement m = (await _client.GetJsonAsync($"/api/measurement/{i}"))["measurements"]!.Element();
            var phases = m.GetProperty("Phases").EnumerateArray().ToList();
            Assert.Equal(model.StartsWith("IE14", StringComparison.Ordinal) || model.StartsWith("WM1", StringComparison.Ordinal) ? 1 : 3, phases.Count);
            foreach (JsonElement phase in phases)
            {
                Assert.Equal("V", PyIskraRules.ValueWithUnit(phase.GetProperty("U")).Unit);
                Assert.Equal("A", PyIskraRules.ValueWithUnit(phase.GetProperty("I")).Unit);
                Assert.Equal("W", PyIskraRules.ValueWithUnit(phase.GetProperty("P")).Unit);
                Assert.Equal("var", PyIskraRules.ValueWithUnit(phase.GetProperty("Q")).Unit);
                Assert.Equal("VA", PyIskraRules.ValueWithUnit(phase.GetProperty("S")).Unit);
                Assert.Contains(PyIskraRules.ValueWithUnit(phase.GetProperty("PF")).Unit, new[] { "Cap", "Ind" });
                PyIskraRules.Float(phase.GetProperty("PA"));
                PyIskraRules.Float(phase.GetProperty("THDUp"));
                PyIskraRules.Float(phase.GetProperty("THDI"));
            }
            JsonElement total = m.GetProperty("Total");
            foreach (string? key in new[] { "P", "Q", "S", "PF" }) PyIskraRules.SecondToken(total.GetProperty(key));
            PyIskraRules.Float(total.GetProperty("PA"));
            Assert.InRange(PyIskraRules.Float(m.GetProperty("Frequency")), 45, 65);
            PyIskraRules.Float(m.GetProperty("Temperature"));
        }
    }

    [Fact]
    public async Task PluralSpellingsServeTheSameResources()
    {
        int singular = (await _client.GetJsonAsync("/api/counter/0"))["counters"]!["non_resettable"]!.AsArray().Count;
        int plural = (await _client.GetJsonAsync("/api/counters/0"))["counters"]!["non_resettable"]!.AsArray().Count;
        Assert.Equal(singular, plural);
        JsonNode measurements = await _client.GetJsonAsync("/api/measurements/0");
        Assert.Equal(3, measurements["measurements"]!["Phases"]!.AsArray().Count);
    }

    [Fact]
    public async Task CountersAreNumbersInBaseUnitsWithImportOrExport()
    {
        JsonElement counters = (await _client.GetJsonAsync("/api/counter/0"))["counters"]!.Element();
        var nonResettable = counters.GetProperty("non_resettable").EnumerateArray().ToList();
        var resettable = counters.GetProperty("resettable").EnumerateArray().ToList();
        Assert.InRange(nonResettable.Count, 1, 4);
        Assert.InRange(resettable.Count, 0, 8);
        foreach (JsonElement counter in nonResettable.Concat(resettable))
        {
            Assert.Equal(JsonValueKind.Number, counter.GetProperty("value").ValueKind);
            Assert.Contains(counter.GetProperty("unit").GetString(), new[] { "Wh", "varh", "VAh" });
            Assert.Contains(counter.GetProperty("direction").GetString(), new[] { "import", "export" });
        }
        Assert.False(counters.TryGetProperty("block", out _));
    }

    [Fact]
    public async Task TheObjectEncodingGivesNumbersWithTheUnitsPyiskraExpects()
    {
        JsonNode m = (await _client.GetJsonAsync("/api/measurement/0?format=object"))["measurements"]!;
        JsonNode phase = m["Phases"]![0]!;
        Assert.Equal("V", phase["voltage"]!["unit"]!.GetValue<string>());
        Assert.InRange(phase["voltage"]!["value"]!.GetValue<double>(), 200, 260);
        Assert.Equal("%", phase["THD_current"]!["unit"]!.GetValue<string>());
        foreach (string? key in new[] { "active_power", "reactive_power", "apparent_power", "power_factor", "power_angle" })
            Assert.NotNull(m["Total"]![key]!["value"]);
        Assert.Equal("Hz", m["frequency"]!["unit"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/measurement/17")]
    [InlineData("/api/measurement/16")]
    [InlineData("/api/counter/3")]
    public async Task IndexWithoutAMeterIsNotFound(string path)
    {
        // 16 = RS485 device 16 (empty), 3 = RS485 device 3 (a Bicom), 17 = past the end.
        using HttpResponseMessage response = await _client.GetAsync(path);
        Assert.Equal(404, (int)response.StatusCode);
        Assert.Contains("metering index", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
