using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using SmartGateway.Devices;
using SmartGateway.Host.Configuration;
using SmartGateway.Host.Storage;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Host.Gateway.Devices;

/// <summary>
/// Modbus TCP on Gateway:ModbusTcpPort (10001; 0 = off): the gateway's own unit (features.local_modbus_address,
/// 34) answers <see cref="GatewayRegisters"/>; any other unit 1–247 is forwarded to the IR/RS485 device with
/// that address (FC3/FC4/FC6/FC16), a TCP→RTU gateway. A device that does not answer gives exception 0x0B.
/// </summary>
public sealed class ModbusTcpServer(
    IOptions<GatewayOptions> options, SettingsStore settings, GatewayRegisters registers, BusModbusMaster master,
    ILogger<ModbusTcpServer> logger) : BackgroundService
{
    /// <summary>One try, short enough that the exception reply reaches a client waiting the usual 1 s.</summary>
    private static readonly TimeSpan ForwardTimeout = TimeSpan.FromMilliseconds(400);

    private TcpListener? _listener;

    /// <summary>The port actually listened on (useful when configured as a free port), 0 when off.</summary>
    public int Port => _listener?.LocalEndpoint is IPEndPoint endpoint ? endpoint.Port : 0;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.ModbusTcpPort > 0)
        {
            try
            {
                _listener = new TcpListener(IPAddress.Parse(o.ModbusTcpBind), o.ModbusTcpPort);
                _listener.Start();
                logger.LogInformation("Modbus TCP server on {Bind}:{Port}", o.ModbusTcpBind, Port);
                // Settings, MQTT get_settings and discovery show features.modbus_tcp_port: the port really listened on.
                if (settings.Current.Features.ModbusTcpPort != Port)
                    settings.Save(settings.Current with { Features = settings.Current.Features with { ModbusTcpPort = Port } });
            }
            catch (SocketException exception)
            {
                // The REST API and the links still work; only this server is missing.
                logger.LogError("Modbus TCP server: cannot listen on {Bind}:{Port}: {Message}", o.ModbusTcpBind, o.ModbusTcpPort, exception.Message);
                _listener = null;
            }
        }
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_listener is null) return;
        using var _ = stoppingToken.Register(() => _listener.Stop());
        while (!stoppingToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            if (!settings.Current.Features.ModbusTcpEnabled)
            {
                client.Dispose();
                continue;
            }
            // A thread per client: requests block on the device buses.
            new Thread(() => Serve(client, stoppingToken)) { IsBackground = true, Name = "modbus-tcp server client" }.Start();
        }
    }

    private void Serve(TcpClient client, CancellationToken ct)
    {
        using (client)
        using (ct.Register(client.Dispose))
        {
            client.NoDelay = true;
            try
            {
                NetworkStream stream = client.GetStream();
                byte[] frame = new byte[MbapHeader.Size + 256];
                byte[] reply = new byte[256];
                while (!ct.IsCancellationRequested)
                {
                    if (!ReadExactly(stream, frame, 0, MbapHeader.Size)) return;
                    int length = MbapHeader.Length(frame, 0);
                    if (length < 2 || length > MbapHeader.MaxPdu + 1 || MbapHeader.ProtocolId(frame, 0) != 0) return;
                    if (!ReadExactly(stream, frame, MbapHeader.Size, length - 1)) return;
                    byte unit = MbapHeader.Unit(frame, 0);
                    int pduLength = Answer(unit, frame, MbapHeader.Size, length - 1, reply, ct);
                    byte[] output = new byte[MbapHeader.Size + pduLength];
                    MbapHeader.Write(output, 0, MbapHeader.TransactionId(frame, 0), unit, pduLength);
                    Array.Copy(reply, 0, output, MbapHeader.Size, pduLength);
                    stream.Write(output, 0, output.Length);
                }
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException or SocketException)
            {
                // The client went away.
            }
        }
    }

    private int Answer(byte unit, byte[] frame, int offset, int length, byte[] reply, CancellationToken ct)
    {
        var request = new ModbusRequest { Unit = unit };
        byte code = SlaveCodec.DecodeRequest(frame, offset, length, request);
        if (code != ExceptionCode.None) return SlaveCodec.EncodeException(frame[offset], code, reply, 0);
        if (unit == settings.Current.Features.LocalModbusAddress) return registers.Answer(request, reply, ct);
        if (unit is < 1 or > 247) return SlaveCodec.EncodeException(request.Function, ExceptionCode.GatewayPathUnavailable, reply, 0);
        return Forward(request, reply);
    }

    /// <summary>Runs the request on the line the unit is on and relays the device's answer.</summary>
    private int Forward(ModbusRequest request, byte[] reply)
    {
        ModbusResult result;
        try
        {
            var (line, unit) = master.Route(request.Unit);
            request.Unit = unit;
            result = line.Bus.Execute(request, ForwardTimeout, 0);
        }
        catch (Exception exception) when (exception is DeviceException or ModbusCommunicationException)
        {
            return SlaveCodec.EncodeException(request.Function, ExceptionCode.GatewayPathUnavailable, reply, 0);
        }
        if (result.Status == TransactionStatus.Exception) return SlaveCodec.EncodeException(request.Function, result.ExceptionCode, reply, 0);
        if (!result.Ok) return SlaveCodec.EncodeException(request.Function, ExceptionCode.GatewayTargetFailedToRespond, reply, 0);
        return FunctionCode.IsRead(request.Function)
            ? SlaveCodec.EncodeReadReply(request.Function, result.Registers, 0, request.Count, reply, 0)
            : SlaveCodec.EncodeWriteReply(request, reply, 0);
    }

    private static bool ReadExactly(NetworkStream stream, byte[] buffer, int offset, int count)
    {
        int done = 0;
        while (done < count)
        {
            int n = stream.Read(buffer, offset + done, count - done);
            if (n == 0) return false;
            done += n;
        }
        return true;
    }
}
