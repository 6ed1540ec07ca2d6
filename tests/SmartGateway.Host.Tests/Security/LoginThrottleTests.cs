using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Security;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Security;

/// <summary>Issue 13, "auth": only wrong credentials count; guessing is throttled per (user, client) under a global
/// ceiling, so neither page loads, nor a flood from one address, nor rotating addresses lock the owner out or buy
/// guesses; unknown users cost as much as known ones. Real Kestrel, clients on different 127.0.0.x addresses.</summary>
public sealed class LoginThrottleTests : IDisposable
{
    /// <summary>The throttle's clock stands still, so the global ceiling refills only when a test says so.</summary>
    private readonly ManualTimeProvider _time = new(DateTimeOffset.UnixEpoch);
    private readonly KestrelGateway _gateway;

    public LoginThrottleTests()
    {
        _gateway = new KestrelGateway(services: s => s.AddSingleton(new LoginThrottle(_time)));
        using HttpResponseMessage set = _gateway.Client().PostJsonAsync("/api/settings",
            """{"auth": {"enabled": true, "password": "right", "current_password": "iskra"}}""").GetAwaiter().GetResult();
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
    }

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task PageLoadsWithoutCredentialsNeverLockTheOwnerOut()
    {
        HttpClient client = _gateway.Client(2);
        for (int n = 0; n < 3 * LoginThrottle.FreeFailures; n++)
        {
            using HttpResponseMessage anonymous = await client.GetAsync("/api/devices");
            Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
            Assert.Null(anonymous.Headers.RetryAfter);
        }
        Assert.Equal(HttpStatusCode.OK, await Get(client, "admin", "right"));
    }

    [Fact]
    public async Task AFloodFromOneAddressDoesNotLockOutAnother()
    {
        HttpClient attacker = _gateway.Client(3);
        for (int n = 0; n < 50; n++) await Get(attacker, "admin", "guess" + n);
        Assert.Equal(HttpStatusCode.Forbidden, await Get(attacker, "admin", "right")); // that address waits
        Assert.Equal(HttpStatusCode.OK, await Get(_gateway.Client(4), "admin", "right"));
    }

    [Fact]
    public async Task RotatingAddressesDoNotMultiplyGuesses()
    {
        Assert.Equal(HttpStatusCode.OK, await Get(_gateway.Client(5), "admin", "right")); // the owner's PC, before the attack
        int checkedGuesses = 0;
        for (int host = 10; host < 10 + 2 * LoginThrottle.GuessBurst; host++)
        {
            using HttpResponseMessage response = await Send(_gateway.Client(host), "admin", "guess" + host);
            if (response.Headers.RetryAfter is null) checkedGuesses++;
        }
        Assert.Equal(LoginThrottle.GuessBurst, checkedGuesses);
        using (HttpResponseMessage fresh = await Send(_gateway.Client(200), "admin", "right"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, fresh.StatusCode); // a new address waits out the ceiling, even with the password
            Assert.NotNull(fresh.Headers.RetryAfter);
        }
        Assert.Equal(HttpStatusCode.OK, await Get(_gateway.Client(5), "admin", "right")); // the owner does not
        _time.Now += TimeSpan.FromMinutes(1);
        Assert.Equal(HttpStatusCode.OK, await Get(_gateway.Client(200), "admin", "right")); // and the ceiling refills
    }

    [Fact]
    public async Task AnUnknownUserCostsAsMuchAsAWrongPassword()
    {
        // Interleaved, and the fastest of each kept: a busy machine slows single requests, never speeds one up, so
        // the minimum is the cost of the check itself and both users meet the same load.
        double known = double.MaxValue, unknown = double.MaxValue;
        for (int n = 0; n < 6; n++)
        {
            known = Math.Min(known, await Time("admin", 100 + n, n));
            unknown = Math.Min(unknown, await Time("nobody", 110 + n, n));
        }

        async Task<double> Time(string user, int host, int n)
        {
            HttpClient client = _gateway.Client(host);
            await client.GetAsync("/api/devices"); // connect first: time only the check
            var watch = Stopwatch.StartNew();
            await Get(client, user, "wrong" + n);
            return watch.Elapsed.TotalMilliseconds;
        }

        Assert.True(unknown > known / 3 && known > unknown / 3, $"admin {known:F1} ms, nobody {unknown:F1} ms");
    }

    [Fact]
    public async Task ChangingThePasswordNeedsTheCurrentOne()
    {
        HttpClient owner = _gateway.Client(6);
        foreach (string? patch in new[]
        {
            """{"auth": {"password": "taken"}}""",
            """{"auth": {"password": "taken", "current_password": "wrong"}}""",
            """{"auth": {"enabled": false}}""",
            """{"auth": {"username": "mallory"}}""",
        })
        {
            using HttpResponseMessage refused = await owner.SendAsync(Json(patch));
            await Problem.AssertAsync(refused, 403);
        }
        Assert.Equal(HttpStatusCode.OK, await Get(owner, "admin", "right"));
        using (HttpResponseMessage changed = await owner.SendAsync(Json("""{"auth": {"password": "new", "current_password": "right"}}""")))
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await Get(owner, "admin", "new"));
    }

    private static HttpRequestMessage Json(string body) =>
        new HttpRequestMessage(HttpMethod.Post, "/api/settings") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") }
            .WithCookie("admin", "right");

    private static async Task<HttpStatusCode> Get(HttpClient client, string user, string password)
    {
        using HttpResponseMessage response = await Send(client, user, password);
        return response.StatusCode;
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string user, string password) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/devices").WithCookie(user, password));
}
