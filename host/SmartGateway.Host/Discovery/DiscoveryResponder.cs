using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using SmartGateway.Host.Configuration;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Discovery;

/// <summary>Answers the discovery broadcast on UDP port 33333 (Gateway:DiscoveryPort; 0 turns it off).</summary>
public sealed class DiscoveryResponder(
    IOptions<GatewayOptions> options, GatewayIdentity identity, SettingsStore settings, ILogger<DiscoveryResponder> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var port = options.Value.DiscoveryPort;
        if (port == 0) return;
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
            if (!DiscoveryPacket.IsRequest(request.Buffer)) continue;
            await socket.SendAsync(DiscoveryPacket.Answer(Fields()), request.RemoteEndPoint, stoppingToken);
        }
    }

    private DiscoveryPacket.Fields Fields()
    {
        var current = settings.Current;
        return new DiscoveryPacket.Fields("", NetworkIdentity.Current().Mac, current.Features.ModbusTcpEnabled, identity.ModelType, identity.SerialNumber,
            identity.SwVer, identity.HwVer, current.General.Description, current.General.Location, current.Features.LocalModbusAddress);
    }
}
