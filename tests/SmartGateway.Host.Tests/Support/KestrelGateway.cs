using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace SmartGateway.Host.Tests.Support;

/// <summary>The real host on real Kestrel at a free loopback port (real sockets, real HTTP parsing and limits),
/// on the built-in simulated devices. <see cref="Client"/> connects from a chosen 127.0.0.x address, so tests can
/// be many clients.</summary>
public sealed class KestrelGateway : IDisposable
{
    private readonly List<HttpClient> _clients = [];

    public KestrelGateway(Dictionary<string, string?>? settings = null, Action<KestrelServerOptions>? listen = null, Action<IServiceCollection>? services = null)
    {
        Factory = new GatewayFactory(settings, services);
        Factory.UseKestrel(listen ?? (kestrel => kestrel.Listen(IPAddress.Loopback, 0)));
        Factory.StartServer();
        string address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri(address);
    }

    public GatewayFactory Factory { get; }
    public Uri Url { get; }
    public IServiceProvider Services => Factory.Services;

    /// <summary>A client whose connections come from 127.0.0.<paramref name="host"/> (Linux routes all of 127/8 to lo).</summary>
    public HttpClient Client(int host = 1, TimeSpan? timeout = null)
    {
        var local = new IPAddress([127, 0, 0, (byte)host]);
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var client = new HttpClient(handler) { BaseAddress = Url, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        _clients.Add(client);
        return client;
    }

    public void Dispose()
    {
        foreach (HttpClient client in _clients) client.Dispose();
        Factory.Dispose();
    }
}
