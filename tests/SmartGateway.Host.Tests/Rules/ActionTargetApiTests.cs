using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Rules;

/// <summary>POST /api/automations checks action targets against the gateway's live devices: the simulated line-up has
/// an IE38MD on the left IR port, a Bicom on the right, WM3M4C meters at RS485 1 and 2 and a BI432 at 32.</summary>
public sealed class ActionTargetApiTests : IDisposable
{
    private readonly GatewayFactory _factory = new();
    private readonly HttpClient _client;

    public ActionTargetApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpStatusCode Status, JsonNode Body)> Post(string source)
    {
        using HttpResponseMessage response = await _client.PostAsync("/api/automations", new StringContent(source, Encoding.UTF8, "text/x-sg-dsl"));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private async Task<string> RunningHash() => (await _client.GetJsonAsync("/api/automations"))["image_hash"]!.GetValue<string>();

    private static JsonNode Diagnostic(JsonNode body, string code) =>
        body["diagnostics"]!.AsArray().First(d => d!["code"]!.GetValue<string>() == code)!;

    [Fact]
    public async Task ABicomActionOnAMetersAddressIsRefusedAtItsLineAndColumnAndTheRunningSetStays()
    {
        string before = await RunningHash();
        (HttpStatusCode status, JsonNode? body) = await Post("automation \"x\" on change {\n  when ir.left.P > 3 kW\n  then bicom rs485.1 on\n}\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.False(body["accepted"]!.GetValue<bool>());
        JsonNode d = Diagnostic(body, "SG1022");
        Assert.Equal(("error", 3, 14), (d["severity"]!.GetValue<string>(), d["line"]!.GetValue<int>(), d["column"]!.GetValue<int>()));
        Assert.Contains("WM3M4C", d["message"]!.GetValue<string>());
        Assert.Equal(before, await RunningHash());
        Assert.DoesNotContain("bicom rs485.1", (await _client.GetJsonAsync("/api/automations"))["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task ABicomActionOnAMetersAddressInJsonIsRefusedAtTheTarget()
    {
        string json = """
            {"version": 1, "automations": [{"name": "x", "mode": "on_change",
              "condition": {"compare": {"inputs": [{"input": "ir.left.P"}], "op": ">", "value": 3000}},
              "on_true": [{"bicom": {"target": "rs485.2", "function": "on"}}]}]}
            """;
        using HttpResponseMessage response = await _client.PostAsync("/api/automations", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        JsonNode d = Diagnostic(JsonNode.Parse(await response.Content.ReadAsStringAsync())!, "SG1022");
        Assert.Equal((3, 36), (d["line"]!.GetValue<int>(), d["column"]!.GetValue<int>()));
    }

    [Fact]
    public async Task ABicomActionOnTheBicomsOfTheLineUpIsAccepted()
    {
        (HttpStatusCode status, JsonNode? body) = await Post("automation \"x\" on change {\n  when ir.left.P > 3 kW ± 100 W\n  then { bicom rs485.32 on; bicom ir.right off }\n}\n");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body["accepted"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AModbusWriteNoDeviceAnswersIsAcceptedWithAWarningAtTheAddress()
    {
        (HttpStatusCode status, JsonNode? body) = await Post("automation \"x\" on change {\n  when ir.left.P > 3 kW ± 100 W\n  then modbus 99 write 3011 int16 5\n}\n");
        Assert.Equal(HttpStatusCode.OK, status);
        JsonNode d = Diagnostic(body, "SG1104");
        Assert.Equal(("warning", 3, 15), (d["severity"]!.GetValue<string>(), d["line"]!.GetValue<int>(), d["column"]!.GetValue<int>()));
    }

    [Fact]
    public async Task ABareValueComparedWithAPowerIsRefusedWithTheLikelyUnit()
    {
        string before = await RunningHash();
        (HttpStatusCode status, JsonNode? body) = await Post("automation \"x\" on change {\n  when -rs485.1.P > 3.5 ± 500 W\n  then bicom ir.right on\n}\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        JsonNode d = Diagnostic(body, "SG1020");
        Assert.Equal((2, 21), (d["line"]!.GetValue<int>(), d["column"]!.GetValue<int>()));
        Assert.EndsWith("did you mean 3.5 kW?", d["message"]!.GetValue<string>());
        Assert.Equal(before, await RunningHash());
    }
}
