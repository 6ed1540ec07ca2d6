namespace SmartGateway.Host.Gateway;

/// <summary>The gateway's 1 s tick, scheduled against absolute deadlines (start + n·period) so it never drifts;
/// a tick that could not start before the next deadline is skipped and counted, never run late twice.</summary>
public sealed class TickService(
    IEnumerable<ITickHandler> handlers, TickStatistics statistics, ILogger<TickService> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);
    private readonly ITickHandler[] _handlers = handlers.ToArray();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Wall-clock time via Stopwatch: immune to clock steps (NTP) while it schedules.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        DateTimeOffset start = DateTimeOffset.UtcNow;
        long tick = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan due = Period * (tick + 1);
            TimeSpan wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            TimeSpan late = clock.Elapsed - due;
            long missed = (long)(late / Period);
            tick += 1 + missed;
            statistics.Record(late - Period * missed, missed);
            DateTimeOffset now = start + Period * tick;
            foreach (ITickHandler handler in _handlers)
            {
                try
                {
                    handler.Tick(tick, now);
                }
                catch (Exception exception)
                {
                    logger.LogError(exception, "Tick handler {Handler} failed at tick {Tick}", handler.GetType().Name, tick);
                }
            }
        }
    }
}
