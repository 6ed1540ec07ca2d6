namespace SmartGateway.Host.Gateway;

/// <summary>How well the tick keeps its cadence: lateness of each tick against its schedule.</summary>
public sealed class TickStatistics
{
    private readonly object _gate = new();
    private long _ticks;
    private long _missed;
    private double _sumLateMs;
    private double _maxLateMs;

    public void Record(TimeSpan late, long missed)
    {
        lock (_gate)
        {
            _ticks++;
            _missed += missed;
            _sumLateMs += late.TotalMilliseconds;
            _maxLateMs = Math.Max(_maxLateMs, late.TotalMilliseconds);
        }
    }

    public TickReport Report()
    {
        lock (_gate) return new TickReport(_ticks, _missed, _ticks == 0 ? 0 : Math.Round(_sumLateMs / _ticks, 3), Math.Round(_maxLateMs, 3));
    }
}

/// <summary>Ticks run, ticks skipped because the previous one overran, mean and worst lateness in ms.</summary>
public sealed record TickReport(long Ticks, long Missed, double MeanLateMs, double MaxLateMs);
