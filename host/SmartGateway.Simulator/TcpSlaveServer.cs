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
            _ = Task.Run(() => Serve(client, ct), ct);
        }
    }

    private async Task Serve(TcpClient client, CancellationToken ct)
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
                    if (!await ReadExactly(stream, frame, 0, MbapHeader.Size, ct).ConfigureAwait(false)) return;
                    int length = MbapHeader.Length(frame, 0);
                    if (length < 2 || length > 254 || MbapHeader.ProtocolId(frame, 0) != 0) return;
                    if (!await ReadExactly(stream, frame, MbapHeader.Size, length - 1, ct).ConfigureAwait(false)) return;
                    SimulatedReply reply = _bus.Handle(MbapHeader.Unit(frame, 0), frame, MbapHeader.Size, length - 1);
                    if (reply.Silent) continue;
                    if (reply.DelayMs > 0) await Task.Delay(reply.DelayMs, ct).ConfigureAwait(false);
                    if (reply.Corrupt) Corrupt(reply);
                    byte[] output = new byte[MbapHeader.Size + reply.PduLength];
                    MbapHeader.Write(output, 0, MbapHeader.TransactionId(frame, 0), reply.Unit, reply.PduLength);
                    Array.Copy(reply.Pdu, 0, output, MbapHeader.Size, reply.PduLength);
                    await stream.WriteAsync(output, ct).ConfigureAwait(false);
                }
            }
            catch (IOException) { }
            catch (OperationCanceledException) { }
        }
    }

    /// <summary>TCP has no CRC to break: corrupt the field a master checks instead (byte count or echo).</summary>
    private static void Corrupt(SimulatedReply reply)
    {
        if (FunctionCode.IsRead(reply.Pdu[0])) reply.Pdu[1] ^= 0x02;
        else reply.Pdu[reply.PduLength - 1] ^= 0x01;
    }

    private static async Task<bool> ReadExactly(NetworkStream stream, byte[] buffer, int offset, int count, CancellationToken ct)
    {
        int done = 0;
        while (done < count)
        {
            int n = await stream.ReadAsync(buffer.AsMemory(offset + done, count - done), ct).ConfigureAwait(false);
            if (n == 0) return false;
            done += n;
        }
        return true;
    }
}
