namespace SmartGateway.Host.Gateway;

/// <summary>Runs the <see cref="HistorySampler"/> every few seconds; a storage failure is logged, never fatal.</summary>
public sealed class HistoryService(HistorySampler sampler, GatewayHealth health, TimeProvider time, ILogger<HistoryService> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        do
        {
            try
            {
                sampler.Sample(time.GetUtcNow());
                health.Set(ErrorFlags.Storage, raised: false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                health.Set(ErrorFlags.Storage, raised: true);
                logger.LogError(exception, "History sampling failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
