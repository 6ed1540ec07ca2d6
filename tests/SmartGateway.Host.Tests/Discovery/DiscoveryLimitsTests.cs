using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using SmartGateway.Host.Discovery;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Discovery;

/// <summary>Issue 13: a 4-byte probe gets the 137 bytes Iskra's tools read, so discovery answers only the exact
/// request, a few times a second per sender, only when switched on, and keeps the site's description and
/// location to itself while authentication is on. Real UDP on loopback.</summary>
public sealed class DiscoveryLimitsTests : IDisposable
{
    private readonly int _port = FreeUdpPort();
    private readonly GatewayFactory _gateway;
    private readonly UdpClient _udp = new(new IPEndPoint(IPAddress.Loopback, 0));

    public DiscoveryLimitsTests()
    {
        _gateway = new GatewayFactory(new() { ["Gateway:DiscoveryPort"] = _port.ToString(CultureInfo.InvariantCulture) });
        (_gateway.CreateClient().PostJsonAsync("/api/settings", """{"general": {"description": "Kotlovnica", "location": "Kranj"}}""")
            .GetAwaiter().GetResult()).Dispose();
    }

    public void Dispose()
    {
        _udp.Dispose();
        _gateway.Dispose();
    }

    [Fact]
    public async Task TheAnswerIsExactlyWhatIskrasToolsRead()
    {
        byte[] answer = await FirstAnswerAsync();
        Assert.Equal(DiscoveryPacket.Length, answer.Length);
        Assert.Equal("Kranj", Text(answer, 95, 134));
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x1a, 0x00 })]
    [InlineData(new byte[] { 0x00, 0x00, 0x1a })]
    [InlineData(new byte[] { 0x01, 0x00, 0x00, 0x1a })]
    public async Task AnythingButTheExactRequestGoesUnanswered(byte[] probe)
    {
        await FirstAnswerAsync();
        await Task.Delay(1100); // a fresh second for the rate limit
        await _udp.SendAsync(probe, new IPEndPoint(IPAddress.Loopback, _port));
        Assert.Empty(await AnswersAsync(TimeSpan.FromMilliseconds(700)));
    }

    [Fact]
    public async Task ABurstOfRequestsGetsOnlyAFewAnswers()
    {
        await FirstAnswerAsync();
        for (int n = 0; n < 50; n++) await _udp.SendAsync(DiscoveryPacket.Request.ToArray(), new IPEndPoint(IPAddress.Loopback, _port));
        Assert.InRange((await AnswersAsync(TimeSpan.FromMilliseconds(900))).Count, 0, 2 * DiscoveryLimiter.PerSender);
    }

    [Fact]
    public async Task WithAuthenticationOnTheDescriptionAndLocationStayPrivate()
    {
        (await _gateway.CreateClient().PostJsonAsync("/api/settings", """{"auth": {"enabled": true}}""")).Dispose();
        await Task.Delay(1100);
        byte[] answer = await FirstAnswerAsync();
        Assert.Equal(GatewayFactory.Serial, Text(answer, 43, 51));
        Assert.Equal("", Text(answer, 55, 94));
        Assert.Equal("", Text(answer, 95, 134));
    }

    [Fact]
    public async Task TheUdpDiscoverySwitchTurnsTheAnswerOff()
    {
        await FirstAnswerAsync();
        (await _gateway.CreateClient().PostJsonAsync("/api/settings", """{"features": {"udp_discovery": false}}""")).Dispose();
        await Task.Delay(1100);
        await _udp.SendAsync(DiscoveryPacket.Request.ToArray(), new IPEndPoint(IPAddress.Loopback, _port));
        Assert.Empty(await AnswersAsync(TimeSpan.FromMilliseconds(700)));
    }

    /// <summary>Asks until the responder (which may still be binding) answers.</summary>
    private async Task<byte[]> FirstAnswerAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            await _udp.SendAsync(DiscoveryPacket.Request.ToArray(), new IPEndPoint(IPAddress.Loopback, _port), timeout.Token);
            List<byte[]> answers = await AnswersAsync(TimeSpan.FromMilliseconds(300));
            if (answers.Count > 0) return answers[0];
        }
    }

    private async Task<List<byte[]>> AnswersAsync(TimeSpan window)
    {
        var answers = new List<byte[]>();
        using var timeout = new CancellationTokenSource(window);
        try
        {
            while (true) answers.Add((await _udp.ReceiveAsync(timeout.Token)).Buffer);
        }
        catch (OperationCanceledException)
        {
            return answers;
        }
    }

    private static string Text(byte[] data, int from, int to) =>
        Encoding.UTF8.GetString(data, from, to - from).Replace("\0", "", StringComparison.Ordinal).Trim();

    private static int FreeUdpPort()
    {
        using var probe = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.Client.LocalEndPoint!).Port;
    }
}
