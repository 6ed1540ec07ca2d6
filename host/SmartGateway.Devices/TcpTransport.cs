using System.Net.Sockets;
using SmartGateway.Runtime.Devices;

namespace SmartGateway.Devices;

/// <summary>Modbus TCP client: one connection, opened on first use and again after a failure.</summary>
public sealed class TcpTransport : IModbusTransport
{
    private readonly string _host;
    private readonly int _port;
    private readonly TimeSpan _connectTimeout;
    private TcpClient? _client;
    private NetworkStream? _stream;

    public TcpTransport(string host, int port, long roundTripMicros = 2000, TimeSpan? connectTimeout = null)
    {
        _host = host;
        _port = port;
        _connectTimeout = connectTimeout ?? TimeSpan.FromSeconds(2);
        Timing = new BusTiming { Tcp = true, DeviceLatencyMicros = roundTripMicros };
        Name = host + ":" + port;
    }

    public bool IsTcp => true;
    public BusTiming Timing { get; }
    public string Name { get; }

    public void Send(byte[] buffer, int count)
    {
        try
        {
            Stream().Write(buffer, 0, count);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            Drop();
            throw new IOException($"{Name}: {e.Message}", e);
        }
    }

    public int Receive(byte[] buffer, int offset, int count, TimeSpan timeout)
    {
        NetworkStream stream = Stream();
        int ms = (int)Math.Ceiling(timeout.TotalMilliseconds);
        if (ms < 1) ms = 1;
        try
        {
            if (!_client!.Client.Poll(ms * 1000, SelectMode.SelectRead)) return 0;
            int n = stream.Read(buffer, offset, count);
            if (n == 0) throw new IOException($"{Name}: the server closed the connection");
            return n;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            Drop();
            throw new IOException($"{Name}: {e.Message}", e);
        }
        catch (IOException)
        {
            Drop();
            throw;
        }
    }

    public void DiscardInput()
    {
        if (_stream == null) return;
        byte[] scratch = new byte[512];
        while (_client!.Available > 0)
        {
            if (_stream.Read(scratch, 0, scratch.Length) == 0) break;
        }
    }

    public void Dispose() => Drop();

    private NetworkStream Stream()
    {
        if (_stream != null) return _stream;
        var client = new TcpClient { NoDelay = true };
        try
        {
            if (!client.ConnectAsync(_host, _port).Wait(_connectTimeout))
                throw new IOException($"{Name}: connection timed out");
        }
        catch (AggregateException e)
        {
            client.Dispose();
            throw new IOException($"{Name}: {e.InnerException?.Message}", e.InnerException);
        }
        catch (IOException)
        {
            client.Dispose();
            throw;
        }
        _client = client;
        _stream = client.GetStream();
        return _stream;
    }

    private void Drop()
    {
        _stream?.Dispose();
        _client?.Dispose();
        _stream = null;
        _client = null;
    }
}
