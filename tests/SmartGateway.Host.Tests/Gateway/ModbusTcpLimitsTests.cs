using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Gateway.Devices;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Gateway;

/// <summary>Issue 13, "Modbus TCP": no thread per client, a cap on connections, and idle and frame timeouts, so
/// silent or slow clients cannot pile up. Real sockets against the host's server on a free loopback port.</summary>
public sealed class ModbusTcpLimitsTests
{
    private static readonly byte[] ReadIdentification = [0, 7, 0, 0, 0, 6, 34, 4, 0, 1, 0, 13];
    private readonly int _port = FreePort();

    /// <summary>The host with its Modbus TCP server on this test's port, closing clients idle for <paramref name="idleSeconds"/>.</summary>
    private GatewayFactory Start(int idleSeconds)
    {
        var factory = new GatewayFactory(new()
        {
            ["Gateway:ModbusTcpPort"] = _port.ToString(CultureInfo.InvariantCulture),
            ["Gateway:ModbusTcpBind"] = "127.0.0.1",
            ["Gateway:ModbusTcpIdleSeconds"] = idleSeconds.ToString(CultureInfo.InvariantCulture),
        });
        factory.CreateClient().Dispose();
        return factory;
    }

    [Fact]
    public async Task ANewClientPastTheCapTakesThePlaceOfTheLongestIdle()
    {
        // Idle clients are closed only much later: every place stays taken until a newcomer needs one, however slow
        // the machine is at connecting 33 clients.
        using GatewayFactory gateway = Start(idleSeconds: 300);
        var held = new List<TcpClient>();
        try
        {
            for (int n = 0; n < ModbusTcpServer.MaxConnections; n++) held.Add(await ConnectAsync());
            await WaitForAsync(() => gateway.Services.GetRequiredService<ModbusTcpServer>().Connections == ModbusTcpServer.MaxConnections);
            Assert.Equal(4, (await AskAsync(held[0]))[7]); // the first has just been served: it is not the longest idle
            using TcpClient newcomer = await ConnectAsync();
            Assert.Equal(4, (await AskAsync(newcomer))[7]);
            Assert.True(await ClosedWithinAsync(held[1], TimeSpan.FromSeconds(5)), "the longest idle client gave its place");
            Assert.Equal(4, (await AskAsync(held[0]))[7]);
            Assert.Equal(ModbusTcpServer.MaxConnections, gateway.Services.GetRequiredService<ModbusTcpServer>().Connections);
        }
        finally
        {
            foreach (TcpClient client in held) client.Dispose();
        }
    }

    [Fact]
    public async Task AFrameThatStopsHalfwayIsDropped()
    {
        using GatewayFactory gateway = Start(idleSeconds: 2);
        using TcpClient client = await ConnectAsync();
        await client.GetStream().WriteAsync(ReadIdentification.AsMemory(0, 5));
        var watch = Stopwatch.StartNew();
        Assert.True(await ClosedWithinAsync(client, ModbusTcpServer.FrameTimeout * 3));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2) + ModbusTcpServer.FrameTimeout, "closed by the frame timeout, not the idle one");
    }

    [Fact]
    public async Task AClientThatSendsNothingIsClosedAfterTheIdleTimeout()
    {
        using GatewayFactory gateway = Start(idleSeconds: 2);
        using TcpClient client = await ConnectAsync();
        Assert.Equal(4, (await AskAsync(client))[7]);
        Assert.True(await ClosedWithinAsync(client, TimeSpan.FromSeconds(6)));
    }

    private async Task<TcpClient> ConnectAsync()
    {
        var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _port);
        return client;
    }

    private static async Task<byte[]> AskAsync(TcpClient client)
    {
        NetworkStream stream = client.GetStream();
        await stream.WriteAsync(ReadIdentification);
        byte[] reply = new byte[9 + 26];
        await stream.ReadExactlyAsync(reply).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        return reply;
    }

    private static async Task<bool> ClosedWithinAsync(TcpClient client, TimeSpan time)
    {
        using var timeout = new CancellationTokenSource(time);
        try
        {
            return await client.GetStream().ReadAsync(new byte[1], timeout.Token) == 0;
        }
        catch (IOException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (int n = 0; n < 100 && !condition(); n++) await Task.Delay(50);
        Assert.True(condition());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
