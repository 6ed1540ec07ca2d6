using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Storage;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Security;

/// <summary>Issue 13, "auth": a state-changing request that carries the owner's cookie is refused when it comes
/// from another site (Origin/Referer) or in a body type a cross-site page can send without a preflight.</summary>
public sealed class CrossSiteTests : IDisposable
{
    private readonly KestrelGateway _gateway = new();

    public CrossSiteTests()
    {
        using HttpResponseMessage enable = _gateway.Client().PostJsonAsync("/api/settings", """{"auth": {"enabled": true}}""").GetAwaiter().GetResult();
        Assert.Equal(HttpStatusCode.OK, enable.StatusCode);
    }

    public void Dispose() => _gateway.Dispose();

    private string Description => _gateway.Services.GetRequiredService<SettingsStore>().Current.General.Description;

    [Theory]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Referer", "http://evil.example/page.html")]
    public async Task AForeignOriginIsRefusedEvenWithTheOwnersCookie(string header, string value)
    {
        using HttpRequestMessage request = Post("""{"general": {"description": "forged"}}""", "application/json");
        request.Headers.TryAddWithoutValidation(header, value);
        using HttpResponseMessage response = await _gateway.Client().SendAsync(request);
        await Problem.AssertAsync(response, 403);
        Assert.NotEqual("forged", Description);
    }

    [Fact]
    public async Task TheGatewaysOwnPagesMayChangeSettings()
    {
        using HttpRequestMessage request = Post("""{"general": {"description": "mine"}}""", "application/json");
        request.Headers.TryAddWithoutValidation("Origin", _gateway.Url.GetLeftPart(UriPartial.Authority));
        using HttpResponseMessage response = await _gateway.Client().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("mine", Description);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task BodiesACrossSiteFormCanSendAreRefused(string type)
    {
        using HttpRequestMessage request = Post("""{"general": {"description": "forged"}}""", type);
        using HttpResponseMessage response = await _gateway.Client().SendAsync(request);
        await Problem.AssertAsync(response, 415);
        Assert.NotEqual("forged", Description);
    }

    [Fact]
    public async Task ABodyWithoutAContentTypeIsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/settings") { Content = new ByteArrayContent("""{"general": {"description": "forged"}}"""u8.ToArray()) };
        request.WithCookie("admin", "iskra");
        using HttpResponseMessage response = await _gateway.Client().SendAsync(request);
        await Problem.AssertAsync(response, 415);
    }

    [Fact]
    public async Task HomeAssistantsCookieStillOpensEveryGet()
    {
        using HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, "/api/devices").WithCookie("admin", "iskra");
        request.Headers.TryAddWithoutValidation("Origin", "http://homeassistant.local:8123");
        using HttpResponseMessage response = await _gateway.Client().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static HttpRequestMessage Post(string body, string type) =>
        new HttpRequestMessage(HttpMethod.Post, "/api/settings") { Content = new StringContent(body, Encoding.UTF8) { Headers = { ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(type) } } }
            .WithCookie("admin", "iskra");
}
