using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using SmartGateway.Devices;
using SmartGateway.Host.Configuration;
using SmartGateway.Host.Security;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Host.Gateway.Devices;

/// <summary>
/// Modbus TCP on Gateway:ModbusTcpPort (10001; 0 = off): the gateway's own unit (features.local_modbus_address,
/// 34) answers <see cref="GatewayRegisters"/>; any other unit 1–247 is forwarded to the IR/RS485 device with
/// that address (FC3/FC4/FC6/FC16), a TCP→RTU gateway. A device that does not answer gives exception 0x0B.
/// </summary>
/// <remarks>
/// Async I/O, no thread per client: at most <see cref="MaxConnections"/> clients. A newcomer past the cap takes the
/// place of the client that has waited longest without a request (a master polls with short requests; a client that
/// only holds a connection open is the one to go), or is closed at once when every client is mid-request. A client
/// is also closed after Gateway:ModbusTcpIdleSeconds (60) without a request or when a started frame is not complete
/// within <see cref="FrameTimeout"/>. Work on the device buses (which block) runs on at most
/// <see cref="MaxBusWorkers"/> pool threads. With authentication on, writes (FC6/FC16, also those forwarded)
/// are answered with exception 1 (illegal function) unless the client is in features.modbus_write_clients;
/// reads stay open, as on the reference product.
/// </remarks>
public sealed class ModbusTcpServer(
    IOptions<GatewayOptions> options, SettingsStore settings, GatewayRegisters registers, BusModbusMaster master,
    ILogger<ModbusTcpServer> logger) : BackgroundService
{
    public const int MaxConnections = 32;
    public const int MaxBusWorkers = 2;
    public static readonly TimeSpan FrameTimeout = TimeSpan.FromSeconds(2);

    /// <summary>One try, short enough that the exception reply reaches a client waiting the usual 1 s.</summary>
    private static readonly TimeSpan ForwardTimeout = TimeSpan.FromMilliseconds(400);

    private readonly SemaphoreSlim _busWorkers = new(MaxBusWorkers);
    private readonly HashSet<ModbusTcpConnection> _clients = [];
    private TcpListener? _listener;
    private (IReadOnlyList<string> Entries, AddressAllowList List) _writers = ([], AddressAllowList.Empty);

    /// <summary>The port actually listened on (useful when configured as a free port), 0 when off.</summary>
    public int Port => _listener?.LocalEndpoint is IPEndPoint endpoint ? endpoint.Port : 0;

    /// <summary>Clients connected now.</summary>
    public int Connections
    {
        get
        {
            lock (_clients) return _clients.Count;
        }
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        GatewayOptions o = options.Value;
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
        using CancellationTokenRegistration stop = stoppingToken.Register(() => _listener.Stop());
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
            if (Admit() is not ModbusTcpConnection connection)
            {
                // Closed at once: the client learns it now instead of waiting on a full backlog.
                client.Dispose();
                continue;
            }
            _ = ServeAsync(client, connection, stoppingToken);
        }
    }

    /// <summary>A place for a new client: a free one, or the one of the client idle longest (which is evicted).</summary>
    private ModbusTcpConnection? Admit()
    {
        lock (_clients)
        {
            if (_clients.Count >= MaxConnections)
            {
                ModbusTcpConnection? longest = _clients.Where(c => c.IdleSince is not null).MinBy(c => c.IdleSince);
                if (longest is null) return null;
                _clients.Remove(longest);
                longest.Evict();
            }
            var connection = new ModbusTcpConnection();
            _clients.Add(connection);
            return connection;
        }
    }

    private async Task ServeAsync(TcpClient client, ModbusTcpConnection connection, CancellationToken stoppingToken)
    {
        try
        {
            using (client)
            using (var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, connection.Evicted))
            {
                client.NoDelay = true;
                IPAddress? remote = (client.Client.RemoteEndPoint as IPEndPoint)?.Address;
                NetworkStream stream = client.GetStream();
                byte[] frame = new byte[MbapHeader.Size + 256];
                byte[] reply = new byte[MbapHeader.Size + 256];
                while (!stoppingToken.IsCancellationRequested)
                {
                    // Idle: wait for a frame's first byte; then the whole frame must follow within FrameTimeout.
                    if (!await ReadAsync(stream, frame, 0, 1, TimeSpan.FromSeconds(options.Value.ModbusTcpIdleSeconds), stop.Token)) return;
                    connection.RequestStarted();
                    using var frameTime = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    frameTime.CancelAfter(FrameTimeout);
                    if (!await ReadAsync(stream, frame, 1, MbapHeader.Size - 1, Timeout.InfiniteTimeSpan, frameTime.Token)) return;
                    int length = MbapHeader.Length(frame, 0);
                    if (length < 2 || length > MbapHeader.MaxPdu + 1 || MbapHeader.ProtocolId(frame, 0) != 0) return;
                    if (!await ReadAsync(stream, frame, MbapHeader.Size, length - 1, Timeout.InfiniteTimeSpan, frameTime.Token)) return;
                    byte unit = MbapHeader.Unit(frame, 0);
                    int pduLength = await AnswerAsync(unit, frame, MbapHeader.Size, length - 1, reply, remote, stoppingToken);
                    // The reply was built at offset 0; move it behind its header.
                    Array.Copy(reply, 0, reply, MbapHeader.Size, pduLength);
                    MbapHeader.Write(reply, 0, MbapHeader.TransactionId(frame, 0), unit, pduLength);
                    await stream.WriteAsync(reply.AsMemory(0, MbapHeader.Size + pduLength), frameTime.Token);
                    connection.RequestDone();
                }
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or SocketException or OperationCanceledException)
        {
            // The client went away, was too slow, or the server is stopping.
        }
        finally
        {
            lock (_clients) _clients.Remove(connection);
            connection.Dispose();
        }
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes; false when the client closed or the time ran out.</summary>
    private static async Task<bool> ReadAsync(NetworkStream stream, byte[] buffer, int offset, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var time = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout != Timeout.InfiniteTimeSpan) time.CancelAfter(timeout);
        try
        {
            await stream.ReadExactlyAsync(buffer.AsMemory(offset, count), time.Token);
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<int> AnswerAsync(byte unit, byte[] frame, int offset, int length, byte[] reply, IPAddress? remote, CancellationToken ct)
    {
        var request = new ModbusRequest { Unit = unit };
        byte code = SlaveCodec.DecodeRequest(frame, offset, length, request);
        if (code != ExceptionCode.None) return SlaveCodec.EncodeException(frame[offset], code, reply, 0);
        if (!FunctionCode.IsRead(request.Function) && !WritesAllowed(remote))
            return SlaveCodec.EncodeException(request.Function, ExceptionCode.IllegalFunction, reply, 0);
        if (unit == settings.Current.Features.LocalModbusAddress)
            return FunctionCode.IsRead(request.Function) ? registers.Answer(request, reply, ct) : await OnBusAsync(() => registers.Answer(request, reply, ct), ct);
        if (unit is < 1 or > 247) return SlaveCodec.EncodeException(request.Function, ExceptionCode.GatewayPathUnavailable, reply, 0);
        return await OnBusAsync(() => Forward(request, reply), ct);
    }

    /// <summary>Writes need authentication's blessing: open while it is off, else only for listed clients.</summary>
    private bool WritesAllowed(IPAddress? remote)
    {
        GatewaySettings current = settings.Current;
        if (!current.Auth.Enabled) return true;
        IReadOnlyList<string> entries = current.Features.ModbusWriteClients;
        (IReadOnlyList<string> Entries, AddressAllowList List) writers = _writers;
        if (!ReferenceEquals(writers.Entries, entries))
        {
            writers = (entries, AddressAllowList.Parse(entries, out _) ?? AddressAllowList.Empty);
            _writers = writers;
        }
        return writers.List.Contains(remote);
    }

    /// <summary>Bus work blocks (a transaction waits for the device), so it runs on few pool threads.</summary>
    private async Task<int> OnBusAsync(Func<int> work, CancellationToken ct)
    {
        await _busWorkers.WaitAsync(ct);
        try
        {
            return await Task.Run(work, ct);
        }
        finally
        {
            _busWorkers.Release();
        }
    }

    /// <summary>Runs the request on the line the unit is on and relays the device's answer.</summary>
    private int Forward(ModbusRequest request, byte[] reply)
    {
        ModbusResult result;
        try
        {
            (DeviceLine? line, byte unit) = master.Route(request.Unit);
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
}
