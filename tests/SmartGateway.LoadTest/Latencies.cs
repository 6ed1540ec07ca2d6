namespace SmartGateway.LoadTest;

/// <summary>Request outcomes of one kind of client: count, failures and latency percentiles.</summary>
public sealed class Latencies
{
    private readonly List<double> _milliseconds = [];
    private readonly object _gate = new();

    public int Failures { get; private set; }

    public void Add(TimeSpan elapsed, bool ok)
    {
        lock (_gate)
        {
            _milliseconds.Add(elapsed.TotalMilliseconds);
            if (!ok) Failures++;
        }
    }

    public string Summary()
    {
        lock (_gate)
        {
            if (_milliseconds.Count == 0) return "no requests";
            double[] sorted = _milliseconds.Order().ToArray();
            double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
            return FormattableString.Invariant($"{sorted.Length} requests, {Failures} failed, p50 {At(0.5):F1} ms, p99 {At(0.99):F1} ms, max {sorted[^1]:F1} ms");
        }
    }
}
