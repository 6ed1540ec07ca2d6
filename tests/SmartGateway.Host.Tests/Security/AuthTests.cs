using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Security;
using SmartGateway.Host.Storage;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Security;

/// <summary>§4.1.2.1 authentication: off by default, admin/iskra, 403 (never 401) for refused credentials.</summary>
public sealed class AuthTests : IDisposable
{
    private readonly GatewayFactory _factory = new();
    private readonly HttpClient _client;

    public AuthTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AuthenticationIsOffByDefault()
    {
        using HttpResponseMessage response = await _client.GetAsync("/api/devices");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EveryProtectedEndpointAnswers403WithoutCredentials()
    {
        await EnableAuth();
        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var open = new List<string>();
        int checkedCount = 0;
        foreach (RouteEndpoint? endpoint in endpoints)
        {
            IReadOnlyList<string> methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            string path = "/" + System.Text.RegularExpressions.Regex.Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), @"\{[^}]+\}", "1");
            foreach (string method in methods)
            {
                if (endpoint.Metadata.GetMetadata<PublicEndpoint>() is not null)
                {
                    open.Add($"{method} {path}");
                    continue;
                }
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}") };
                using HttpResponseMessage response = await _client.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} answered {(int)response.StatusCode}");
                checkedCount++;
            }
        }
        Assert.Equal(["POST /api/auth", "POST /api/logout"], open);
        Assert.True(checkedCount >= 25, $"only {checkedCount} endpoints were found");
    }

    [Fact]
    public async Task DefaultCredentialsInTheCookieFormOpenTheApi()
    {
        await EnableAuth();
        using HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, "/api/devices").WithCookie("admin", "iskra");
        using HttpResponseMessage response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheAuthorizationHeaderFormWorksToo()
    {
        await EnableAuth();
        using HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, "/api").WithHeader("admin", "iskra");
        using HttpResponseMessage response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WrongPasswordIs403WithAJsonBody()
    {
        await EnableAuth();
        using HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, "/api").WithCookie("admin", "wrong");
        using HttpResponseMessage response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChangedPasswordIsStoredAsASaltedHashAndReplacesTheDefault()
    {
        using (HttpResponseMessage set = await _client.PostJsonAsync("/api/settings", """{"auth": {"enabled": true, "password": "s3cret", "current_password": "iskra"}}"""))
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);

        string stored = SettingsStore.Serialize(_factory.Services.GetRequiredService<SettingsStore>().Current);
        Assert.DoesNotContain("s3cret", stored, StringComparison.Ordinal);
        Assert.Contains("pbkdf2-sha256$", stored, StringComparison.Ordinal);

        using HttpResponseMessage old = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api").WithCookie("admin", "iskra"));
        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
        using HttpResponseMessage fresh = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api").WithCookie("admin", "s3cret"));
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task RepeatedFailuresLockTheClientOutEvenWithTheRightPassword()
    {
        await EnableAuth();
        for (int n = 0; n < AuthGate.FreeFailures; n++)
            (await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api").WithCookie("admin", "guess" + n))).Dispose();
        using HttpResponseMessage response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api").WithCookie("admin", "iskra"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a locked-out answer says when to retry");
    }

    [Fact]
    public async Task LoginSetsTheCookieHomeAssistantWouldSend()
    {
        await EnableAuth();
        using HttpResponseMessage login = await _client.PostJsonAsync("/api/auth", """{"username": "admin", "password": "iskra"}""");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        string cookie = login.Headers.GetValues("Set-Cookie").Single();
        Assert.StartsWith("Authorization=Basic%20", cookie, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/devices");
        request.Headers.TryAddWithoutValidation("Cookie", cookie.Split(';')[0]);
        using HttpResponseMessage response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HomeAssistantsWholeSetupWorksWithTheCookie()
    {
        (await _client.PostJsonAsync("/api/settings", """{"auth": {"enabled": true, "username": "ha", "password": "p@ss word", "current_password": "iskra"}}""")).Dispose();
        async Task<System.Text.Json.Nodes.JsonNode> Get(string path)
        {
            using HttpResponseMessage response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, path).WithCookie("ha", "p@ss word"));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            return System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        }

        Assert.StartsWith("SG", (await Get("/api"))["device"]!["model_type"]!.GetValue<string>(), StringComparison.Ordinal);
        var metering = (await Get("/api/devices"))["devices"]!.AsArray()
            .Where(d => !d!["interface"]!.GetValue<string>().Contains("Right IR", StringComparison.Ordinal)).ToList();
        for (int i = 0; i < metering.Count; i++)
        {
            string model = metering[i]!["model"]!.GetValue<string>();
            if (!model.StartsWith("IE", StringComparison.Ordinal) && !model.StartsWith("WM", StringComparison.Ordinal)) continue;
            await Get($"/api/measurement/{i}");
            await Get($"/api/counter/{i}");
        }
    }

    private async Task EnableAuth()
    {
        using HttpResponseMessage response = await _client.PostJsonAsync("/api/settings", """{"auth": {"enabled": true}}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
