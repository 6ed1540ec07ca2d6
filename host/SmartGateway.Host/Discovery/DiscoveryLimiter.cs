using System.Net;

namespace SmartGateway.Host.Discovery;

/// <summary>
/// How often the discovery answer goes out: a 4-byte request gets a 137-byte answer (the size Iskra's tools
/// read), so a spoofed request would make the gateway a 34× amplifier. At most <see cref="PerSender"/> answers a
/// second to one address and <see cref="Total"/> a second in all cap what a flood can reflect at ~1.4 KB/s,
/// while a tool's few broadcasts are always answered.
/// </summary>
public sealed class DiscoveryLimiter(TimeProvider time)
{
    public const int PerSender = 2;
    public const int Total = 10;
    private const int MaxSenders = 1024;

    private readonly Dictionary<IPAddress, (long Second, int Count)> _senders = [];
    private (long Second, int Count) _total;

    /// <summary>True when this sender may get an answer now (and counts it).</summary>
    public bool Allow(IPAddress sender)
    {
        long second = time.GetUtcNow().ToUnixTimeSeconds();
        lock (_senders)
        {
            if (_total.Second != second) _total = (second, 0);
            if (_total.Count >= Total) return false;
            if (_senders.Count >= MaxSenders) _senders.Clear();
            (long, int) mine = _senders.TryGetValue(sender, out (long Second, int Count) s) && s.Second == second ? s : (second, 0);
            if (mine.Item2 >= PerSender) return false;
            _senders[sender] = (second, mine.Item2 + 1);
            _total = (second, _total.Count + 1);
            return true;
        }
    }
}
