using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Rules;

/// <summary>The web UI's view switch: canonical DSL ↔ JSON through the compiler, nothing stored.</summary>
public sealed class ConvertApiTests : IDisposable
{
    private readonly GatewayFactory _factory = new();
    private readonly HttpClient _client;

    public ConvertApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpStatusCode Status, JsonNode Body)> Convert(string url, string source, string contentType)
    {
        using HttpResponseMessage response = await _client.PostAsync(url, new StringContent(source, Encoding.UTF8, contentType));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task DslToJsonAndBackGivesTheCanonicalDsl()
    {
        const string dsl = "automation \"a\" on change {\n  when ir.left.P > 10000 W +- 500 W\n  then bicom ir.right off\n}\n";
        (HttpStatusCode status, JsonNode? json) = await Convert("/api/automations/convert?to=json", dsl, "text/x-sg-dsl");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("json", json["format"]!.GetValue<string>());
        (HttpStatusCode back, JsonNode? text) = await Convert("/api/automations/convert?to=text", json["source"]!.GetValue<string>(), "application/json");
        Assert.Equal(HttpStatusCode.OK, back);
        Assert.Contains("when ir.left.P > 10 kW ± 500 W", text["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task CommentsSurviveTheBlockViewsRoundTrip()
    {
        const string dsl = "# boiler room\n\n# eco\nautomation \"a\" on change {  # main\n  when ir.left.P > 10 kW ± 500 W  # peak\n"
            + "  then {\n    # relay first\n    bicom ir.right off\n  }\n}\n// end\n";
        (HttpStatusCode _, JsonNode? json) = await Convert("/api/automations/convert?to=json", dsl, "text/x-sg-dsl");
        JsonNode converted = JsonNode.Parse(json["source"]!.GetValue<string>())!;
        Assert.Equal("# peak", converted["automations"]![0]!["condition"]!["comments"]!["after"]!.GetValue<string>());
        (HttpStatusCode back, JsonNode? text) = await Convert("/api/automations/convert?to=text", json["source"]!.GetValue<string>(), "application/json");
        Assert.Equal(HttpStatusCode.OK, back);
        Assert.Equal(dsl, text["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnErrorIsReturnedAtItsLineAndNothingIsStored()
    {
        string before = (await _client.GetJsonAsync("/api/automations"))["source"]!.GetValue<string>();
        (HttpStatusCode status, JsonNode? body) = await Convert("/api/automations/convert?to=json", "automation \"a\" on change {\n  when ir.left.P > 1 V\n  then bicom ir.right off\n}\n", "text/x-sg-dsl");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(2, body["diagnostics"]![0]!["line"]!.GetValue<int>());
        Assert.Equal(before, (await _client.GetJsonAsync("/api/automations"))["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task ATariffCalendarConvertsToJson()
    {
        const string sgt = "timezone \"UTC0\"\ntariff 3 \"Flat\" price 0.2\nseason \"All year\" starts 01-01 on workday, weekend, holiday {\n  0 => 3\n}\n";
        (HttpStatusCode status, JsonNode? body) = await Convert("/api/tariffs/convert?to=json", sgt, "text/x-sg-dsl");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, JsonNode.Parse(body["source"]!.GetValue<string>())!["tariffs"]![0]!["id"]!.GetValue<int>());
    }

    [Fact]
    public async Task LogoutExpiresTheCookieWithoutCredentials()
    {
        using HttpResponseMessage response = await _client.PostAsync("/api/logout", null);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("Authorization=; Path=/; Max-Age=0", response.Headers.GetValues("Set-Cookie").Single());
    }
}
