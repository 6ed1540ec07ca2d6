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
                catch (IOException exception)
                {
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
