using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using SmartGateway.Host.Configuration;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Discovery;

/// <summary>Answers the discovery broadcast on UDP port 33333 (Gateway:DiscoveryPort; 0 turns it off, and so does
/// features.udp_discovery at run time): only the exact request, only from the gateway's own networks, rate-limited
/// (<see cref="DiscoveryLimiter"/>), and with authentication on without the user's description and location.</summary>
public sealed class DiscoveryResponder(
    IOptions<GatewayOptions> options, GatewayIdentity identity, SettingsStore settings, TimeProvider time, ILogger<DiscoveryResponder> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int port = options.Value.DiscoveryPort;
        if (port == 0) return;
        var limiter = new DiscoveryLimiter(time);
        var local = new LocalNetworks(time);
        using var socket = new UdpClient(AddressFamily.InterNetwork);
        socket.Client.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        try
        {
            socket.Client.Bind(new IPEndPoint(IPAddress.Any, port));
        }
        catch (SocketException exception)
        {
            logger.LogWarning("UDP discovery is off: port {Port} is not available ({Message})", port, exception.Message);
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            UdpReceiveResult request;
            try
            {
                request = await socket.ReceiveAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (SocketException exception)
            {
                logger.LogWarning("UDP discovery receive failed: {Message}", exception.Message);
                continue;
            }
            if (!settings.Current.Features.UdpDiscovery || !DiscoveryPacket.IsRequest(request.Buffer)) continue;
            IPEndPoint sender = request.RemoteEndPoint;
            if (sender.Port == 0 || !local.Contains(sender.Address) || !limiter.Allow(sender.Address)) continue;
            try
            {
                await socket.SendAsync(DiscoveryPacket.Answer(Fields()), request.RemoteEndPoint, stoppingToken);
            }
            catch (SocketException exception)
            {
                // The asker's network went away (an interface down, no route): answering the next one goes on.
                logger.LogWarning("UDP discovery answer to {Sender} failed: {Message}", sender, exception.Message);
            }
        }
    }

    private DiscoveryPacket.Fields Fields()
    {
        GatewaySettings current = settings.Current;
        // What the user wrote about the site is for those who may log in.
        bool open = !current.Auth.Enabled;
        return new DiscoveryPacket.Fields("", NetworkIdentity.Current().Mac, current.Features.ModbusTcpEnabled, identity.ModelType, identity.SerialNumber,
            identity.SwVer, identity.HwVer, open ? current.General.Description : "", open ? current.General.Location : "", current.Features.LocalModbusAddress);
    }
}
