using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using SmartGateway.Host.Discovery;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Discovery;

/// <summary>The UDP discovery answer, read back the way pyiskra's discovery.py reads it.</summary>
public sealed class DiscoveryTests
{
    [Fact]
    public async Task TheGatewayAnswersTheDiscoveryRequestOverUdp()
    {
        int port = FreeUdpPort();
        using var gateway = new GatewayFactory(new() { ["Gateway:DiscoveryPort"] = port.ToString(CultureInfo.InvariantCulture) });
        (await gateway.CreateClient().PostJsonAsync("/api/settings", """{"general": {"description": "Kotlovnica", "location": "Kranj"}}""")).Dispose();

        using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        UdpReceiveResult answer = default;
        bool received = false;
        while (!received)
        {
            // The responder may still be binding: ask again until it answers.
            await udp.SendAsync(DiscoveryPacket.Request.ToArray(), new IPEndPoint(IPAddress.Loopback, port), timeout.Token);
            Task<UdpReceiveResult> receive = udp.ReceiveAsync(timeout.Token).AsTask();
            if (await Task.WhenAny(receive, Task.Delay(200, timeout.Token)) == receive)
            {
                answer = await receive;
                received = true;
            }
        }
        byte[] info = answer.Buffer;
        Assert.Equal(0x1b, info[3]);
        Assert.Equal("SG-H1", Text(info, 28, 42));
        Assert.Equal(GatewayFactory.Serial, Text(info, 43, 51));
        Assert.Equal(1.00, info[52] / 100.0);
        Assert.Equal('H', (char)info[54]);
        Assert.Equal("Kotlovnica", Text(info, 55, 94));
        Assert.Equal("Kranj", Text(info, 95, 134));
        Assert.Equal(34, info[136]);
        Assert.Equal(1, info[26]);
    }

    [Fact]
    public void OtherDatagramsAreNotRequests()
    {
        Assert.False(DiscoveryPacket.IsRequest([0x00, 0x00, 0x00, 0x1b]));
        Assert.False(DiscoveryPacket.IsRequest([0x00, 0x00, 0x00, 0x1a, 0x00]));
    }

    [Fact]
    public void LongTextIsCutOnACharacterBoundary()
    {
        byte[] answer = DiscoveryPacket.Answer(new DiscoveryPacket.Fields("", new byte[6], false, "SG-H1", "SG000002", "2.08", "D",
            new string('č', 30), "", 34));
        string description = Text(answer, 55, 94); // strict UTF-8 decoding, as Python's .decode("utf-8")
        Assert.Equal(new string('č', 19), description);
        Assert.Equal(208, answer[52]);
    }

    /// <summary><c>bytes[a:b].decode("utf-8").replace("\x00", "").strip()</c>.</summary>
    private static string Text(byte[] data, int from, int to) =>
        new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(data, from, to - from).Replace("\0", "", StringComparison.Ordinal).Trim();

    private static int FreeUdpPort()
    {
        using var probe = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.Client.LocalEndPoint!).Port;
    }
}
