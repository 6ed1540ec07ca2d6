using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Push;

/// <summary>The Standard TCP push link against a real TCP server the test runs.</summary>
public sealed class TcpPushLinkTests
{
    [Fact]
    public async Task EachDueDeviceIsPushedAsOneJsonLineAndOkMeansConnected()
    {
        using var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        using GatewayFactory gateway = Gateway(((IPEndPoint)server.LocalEndpoint).Port);
        HttpClient client = gateway.CreateClient();
        (await client.PostJsonAsync("/api/settings", """{"push": [{"slot": 0, "link1_interval": 1}]}""")).Dispose();

        string line = await ServeOnce(server, "OK");
        JsonNode push = JsonNode.Parse(line)!;
        Assert.Equal(GatewayFactory.Serial, push["gateway"]!["serial_number"]!.GetValue<string>());
        Assert.Equal("10006494", push["device"]!["serial_number"]!.GetValue<string>());
        Assert.Equal(3, push["measurements"]!["Phases"]!.AsArray().Count);
        Assert.Equal("Wh", push["counters"]!["non_resettable"]![0]!["unit"]!.GetValue<string>());
        await LinkStatus.WaitForAsync(client, 1, s => s == "Connected");
    }

    [Fact]
    public async Task AnAnswerOtherThanOkIsAnErrorOnTheStatusPage()
    {
        using var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        using GatewayFactory gateway = Gateway(((IPEndPoint)server.LocalEndpoint).Port);
        HttpClient client = gateway.CreateClient();
        (await client.PostJsonAsync("/api/settings", """{"push": [{"slot": 2, "link1_interval": 1}]}""")).Dispose();
        await ServeOnce(server, "NO thanks");
        string status = await LinkStatus.WaitForAsync(client, 1, s => s.StartsWith("Error", StringComparison.Ordinal));
        Assert.Contains("NO thanks", status, StringComparison.Ordinal);
    }

    private static GatewayFactory Gateway(int port) => new(new()
    {
        ["Gateway:Links:0:Mode"] = "tcp",
        ["Gateway:Links:0:Server"] = "127.0.0.1",
        ["Gateway:Links:0:Port"] = port.ToString(CultureInfo.InvariantCulture),
    });

    private static async Task<string> ServeOnce(TcpListener server, string answer)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using TcpClient connection = await server.AcceptTcpClientAsync(timeout.Token);
        await using NetworkStream stream = connection.GetStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string line = await reader.ReadLineAsync(timeout.Token) ?? throw new IOException("no line pushed");
        await stream.WriteAsync(Encoding.UTF8.GetBytes(answer + "\n"), timeout.Token);
        return line;
    }
}
