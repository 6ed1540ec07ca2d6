namespace SmartGateway.Host.Gateway;

/// <summary>Samples the <see cref="TariffCounterBook"/> every few seconds and saves it every minute and at stop.</summary>
public sealed class TariffCounterService(TariffCounterBook book, TimeProvider time, ILogger<TariffCounterService> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(5);
    private const int SavesEvery = 12;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        long n = 0;
        try
        {
            do
            {
                try
                {
                    book.Sample(time.GetUtcNow());
                    if (++n % SavesEvery == 0) book.Save();
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // A full disk or a path turned read-only: the registers stay in memory and the next save tries again;
                    // ending the service would stop the whole gateway.
                    logger.LogError(exception, "Saving the tariff registers failed");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        finally
        {
            book.Save();
        }
    }
}
