using System.Diagnostics;

namespace SmartGateway.Host.Gateway.Devices;

/// <summary>One client of the Modbus TCP server as the connection cap sees it: when it last finished a request,
/// whether it is waiting for its next one, and the switch that makes it give its place to a newcomer.</summary>
public sealed class ModbusTcpConnection : IDisposable
{
    private readonly CancellationTokenSource _evicted = new();
    private long _idleSince = Stopwatch.GetTimestamp();
    private volatile bool _waiting = true;

    /// <summary>Fires when the server takes the place back for a new client.</summary>
    public CancellationToken Evicted => _evicted.Token;

    /// <summary>Since when it has waited for a request (a Stopwatch timestamp); null while it is in the middle of one.
    /// A moment, not a duration: durations read one after another while the server looks for the longest idle would
    /// each be measured at a later now, and clients that connected microseconds apart would be misordered.</summary>
    public long? IdleSince => _waiting ? Interlocked.Read(ref _idleSince) : null;

    public void RequestStarted() => _waiting = false;

    public void RequestDone()
    {
        Interlocked.Exchange(ref _idleSince, Stopwatch.GetTimestamp());
        _waiting = true;
    }

    public void Evict()
    {
        try
        {
            _evicted.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // It closed by itself meanwhile.
        }
    }

    public void Dispose() => _evicted.Dispose();
}
