using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Gateway;

public sealed class TickServiceTests
{
    [Fact]
    public async Task HandlersRunEveryTickOnTheScheduleEvenWhenAnEarlierOneThrows()
    {
        var recorder = new RecordingHandler();
        using var gateway = new GatewayFactory(null, services =>
        {
            services.AddSingleton<ITickHandler, ThrowingHandler>();
            services.AddSingleton<ITickHandler>(recorder);
        });
        _ = gateway.Services;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (recorder.Ticks.Count < 2) await Task.Delay(50, timeout.Token);

        var ticks = recorder.Ticks.OrderBy(t => t.Tick).Take(2).ToList();
        Assert.True(ticks[1].Tick > ticks[0].Tick);
        // Tick times come from the schedule, not from when the handler happened to run.
        Assert.Equal(TickService.Period * (ticks[1].Tick - ticks[0].Tick), ticks[1].Utc - ticks[0].Utc);

        JsonNode report = (await gateway.CreateClient().GetJsonAsync("/api"))["status"]!["tick"]!;
        Assert.True(report["ticks"]!.GetValue<long>() >= 2);
    }

    private sealed class ThrowingHandler : ITickHandler
    {
        public void Tick(long tick, DateTimeOffset utc) => throw new InvalidOperationException("broken handler");
    }

    private sealed class RecordingHandler : ITickHandler
    {
        public ConcurrentBag<(long Tick, DateTimeOffset Utc)> Ticks { get; } = [];

        public void Tick(long tick, DateTimeOffset utc) => Ticks.Add((tick, utc));
    }
}
