using System.Diagnostics;

namespace SmartGateway.LoadTest;

/// <summary>Home Assistant's polling, several instances at once: the gateway status, the device list and
/// one meter's measurements and counters, once a second each.</summary>
public sealed class PollingClients(Uri url, int clients)
{
    private static readonly string[] Paths = ["/api", "/api/devices", "/api/measurement/0", "/api/counter/0"];

    public Latencies Latencies { get; } = new();

    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, clients).Select(_ => PollAsync(cancellationToken)));

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) };
        while (!cancellationToken.IsCancellationRequested)
        {
            var second = Task.Delay(1000, cancellationToken);
            foreach (string path in Paths)
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    using HttpResponseMessage response = await http.GetAsync(path, cancellationToken);
                    await response.Content.ReadAsByteArrayAsync(cancellationToken);
                    Latencies.Add(watch.Elapsed, response.IsSuccessStatusCode);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    Latencies.Add(watch.Elapsed, ok: false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            try
            {
                await second;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
