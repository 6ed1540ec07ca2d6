using System.Net;
using System.Net.Sockets;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Simulator;

/// <summary>Serves a <see cref="SimulatedBus"/> as a Modbus TCP server (MBAP frames, any number of clients).</summary>
public sealed class TcpSlaveServer : IAsyncDisposable
{
    private readonly SimulatedBus _bus;
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly System.Collections.Concurrent.ConcurrentBag<TcpClient> _clients = [];
    private Task? _accepting;

    public TcpSlaveServer(SimulatedBus bus, IPEndPoint endpoint)
    {
        _bus = bus;
        _listener = new TcpListener(endpoint);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Start()
    {
        _listener.Start();
        _accepting = AcceptLoop(_stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (TcpClient client in _clients) client.Dispose();
        if (_accepting != null)
        {
            try { await _accepting.ConfigureAwait(false); }
            catch (OperationCanceledException) { }
            catch (SocketException) { }
            catch (ObjectDisposedException) { }
        }
        _stop.Dispose();
    }

    private async Task AcceptLoop(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client = await _listener.AcceptTcpClientAsync(ct).ConfigureAwait(false);
            _clients.Add(client);
            // A thread per connection, not the thread pool: a host whose pool is busy with blocking
            // callers (tests, pollers) must not delay replies past the master's timeout.
            var thread = new Thread(() => Serve(client, ct)) { IsBackground = true, Name = "modbus-tcp client" };
            thread.Start();
        }
    }

    private void Serve(TcpClient client, CancellationToken ct)
    {
        using (client)
        {
            client.NoDelay = true;
            NetworkStream stream = client.GetStream();
            byte[] frame = new byte[MbapHeader.Size + 256];
            try
            {
                while (!ct.IsCancellationRequested)
                {
                    if (!ReadExactly(stream, frame, 0, MbapHeader.Size)) return;
                    int length = MbapHeader.Length(frame, 0);
                    if (length < 2 || length > 254 || MbapHeader.ProtocolId(frame, 0) != 0) return;
                    if (!ReadExactly(stream, frame, MbapHeader.Size, length - 1)) return;
                    SimulatedReply reply = _bus.Handle(MbapHeader.Unit(frame, 0), frame, MbapHeader.Size, length - 1);
                    if (reply.Silent) continue;
                    if (reply.DelayMs > 0) Thread.Sleep(reply.DelayMs);
                    if (reply.Corrupt) Corrupt(reply);
                    byte[] output = new byte[MbapHeader.Size + reply.PduLength];
                    MbapHeader.Write(output, 0, MbapHeader.TransactionId(frame, 0), reply.Unit, reply.PduLength);
                    Array.Copy(reply.Pdu, 0, output, MbapHeader.Size, reply.PduLength);
                    stream.Write(output, 0, output.Length);
                }
            }
            catch (IOException) { }
            catch (ObjectDisposedException) { }
        }
    }

    /// <summary>TCP has no CRC to break: corrupt the field a master checks instead (byte count or echo).</summary>
    private static void Corrupt(SimulatedReply reply)
    {
        if (FunctionCode.IsRead(reply.Pdu[0])) reply.Pdu[1] ^= 0x02;
        else reply.Pdu[reply.PduLength - 1] ^= 0x01;
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
