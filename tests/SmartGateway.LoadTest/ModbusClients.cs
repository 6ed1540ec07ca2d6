using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SmartGateway.LoadTest;

/// <summary>The Modbus TCP side: one normal master reading the gateway's identification every second,
/// many silent connections that never send a byte, and slow ones that trickle a frame a byte at a time.</summary>
public sealed class ModbusClients(int port, int silent, int slow)
{
    private static readonly byte[] ReadIdentification = [0, 1, 0, 0, 0, 6, 34, 4, 0, 1, 0, 13];

    public Latencies Normal { get; } = new();
    public int SilentOpened { get; private set; }
    public int SilentRefused { get; private set; }
    public int ClosedByServer { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var sockets = new List<TcpClient>();
        try
        {
            var tasks = new List<Task> { NormalAsync(cancellationToken) };
            for (int n = 0; n < silent && !cancellationToken.IsCancellationRequested; n++)
            {
                var client = new TcpClient();
                try
                {
                    await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                    sockets.Add(client);
                    SilentOpened++;
                    tasks.Add(WatchAsync(client, cancellationToken));
                }
                catch (SocketException)
                {
                    SilentRefused++;
                    client.Dispose();
                }
            }
            for (int n = 0; n < slow; n++) tasks.Add(TrickleAsync(cancellationToken));
            await Task.WhenAll(tasks);
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
        finally
        {
            foreach (TcpClient socket in sockets) socket.Dispose();
        }
    }

    /// <summary>Counts connections the server closes (idle timeout, connection cap).</summary>
    private async Task WatchAsync(TcpClient client, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[16];
        try
        {
            if (await client.GetStream().ReadAsync(buffer, cancellationToken) == 0) Closed();
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            Closed();
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    private void Closed()
    {
        lock (Normal) ClosedByServer++;
    }

    private async Task TrickleAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                NetworkStream stream = client.GetStream();
                foreach (byte b in ReadIdentification)
                {
                    await stream.WriteAsync(new[] { b }, cancellationToken);
                    await Task.Delay(1000, cancellationToken);
                }
                // The answer (or the server closing the connection) ends this round.
                _ = await stream.ReadAsync(new byte[64], cancellationToken);
            }
            catch (Exception e) when (e is IOException or SocketException)
            {
                // Closed by the server for being too slow: start over.
            }
        }
    }

    private async Task NormalAsync(CancellationToken cancellationToken)
    {
        byte[] reply = new byte[64];
        while (!cancellationToken.IsCancellationRequested)
        {
            var second = Task.Delay(1000, cancellationToken);
            var watch = Stopwatch.StartNew();
            bool ok = false;
            try
            {
                using var client = new TcpClient();
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
                NetworkStream stream = client.GetStream();
                await stream.WriteAsync(ReadIdentification, timeout.Token);
                int read = 0;
                while (read < 9 + 26)
                {
                    int n = await stream.ReadAsync(reply.AsMemory(read), timeout.Token);
                    if (n == 0) break;
                    read += n;
                }
                ok = read == 9 + 26 && reply[7] == 4;
            }
            catch (Exception e) when (e is IOException or SocketException || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                ok = false;
            }
            if (cancellationToken.IsCancellationRequested) return;
            Normal.Add(watch.Elapsed, ok);
            await second;
        }
    }
}
