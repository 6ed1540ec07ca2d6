using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Api;

/// <summary>One RS485 scan at a time: a scan holds a thread and the bus for seconds, so requests that arrive while
/// one runs share its result instead of each starting another (a GET flood would otherwise take a thread each).</summary>
public sealed class Rs485ScanGate(IModbusMaster modbus)
{
    private readonly object _gate = new();
    private Task<IReadOnlyList<DetectedDevice>>? _running;

    /// <summary>The running scan, or a new one; a client that goes away stops waiting, not the scan.</summary>
    public Task<IReadOnlyList<DetectedDevice>> ScanAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_running is null || _running.IsCompleted) _running = modbus.ScanRs485Async(CancellationToken.None);
            return _running.WaitAsync(cancellationToken);
        }
    }
}
