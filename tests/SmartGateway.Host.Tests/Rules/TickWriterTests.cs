using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SmartGateway.Host.Rules;
using SmartGateway.Host.Storage;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Rules;

/// <summary>History rows and state saves leave the tick through a bounded queue with a writer of its own.</summary>
public sealed class TickWriterTests : IDisposable
{
    private readonly GatewayFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>A tick saves the interpreter state (tick 0 does): with the database locked by another writer it still returns.</summary>
    [Fact]
    public async Task ATickDoesNotWaitForTheDatabase()
    {
        RuleHost rules = _factory.Services.GetRequiredService<RuleHost>();
        using var holder = new SqliteConnection($"Data Source={Path.Combine(_factory.DataDirectory, "gateway.db")}");
        holder.Open();
        using (SqliteCommand begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            begin.ExecuteNonQuery();
        }
        Task tick = Task.Factory.StartNew(() => rules.Tick(0, DateTimeOffset.UtcNow), TaskCreationOptions.LongRunning);
        // A tick that waited would wait for SQLite's busy timeout (30 s) and then fail.
        bool returned = await Task.WhenAny(tick, Task.Delay(TimeSpan.FromSeconds(10))) == tick;
        using (SqliteCommand rollback = holder.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }
        Assert.True(returned, "the tick waited for the locked database");
    }

    [Fact]
    public void AWriterBehindByMoreThanTheQueueDropsTheOldestItemsAndCountsThem()
    {
        IServiceProvider services = _factory.Services;
        using var writer = new TickWriter(services.GetRequiredService<InputHistory>(), services.GetRequiredService<StateStore>(),
            services.GetRequiredService<EventLog>(), NullLogger<TickWriter>.Instance);
        using var stalled = new ManualResetEventSlim();
        using var writing = new ManualResetEventSlim();
        var written = new List<int>();
        writer.Enqueue(() =>
        {
            writing.Set();
            stalled.Wait();
        });
        writing.Wait();
        for (int item = 0; item < TickWriter.Capacity + 3; item++)
        {
            int n = item;
            writer.Enqueue(() => written.Add(n));
        }
        Assert.Equal(3, writer.Dropped);
        stalled.Set();
        writer.Dispose();
        Assert.Equal(Enumerable.Range(3, TickWriter.Capacity), written);
    }

    [Fact]
    public void DroppedItemsAreLoggedOnceTheWriterCatchesUp()
    {
        IServiceProvider services = _factory.Services;
        EventLog log = services.GetRequiredService<EventLog>();
        using (var writer = new TickWriter(services.GetRequiredService<InputHistory>(), services.GetRequiredService<StateStore>(), log,
                   NullLogger<TickWriter>.Instance))
        {
            using var stalled = new ManualResetEventSlim();
            writer.Enqueue(stalled.Wait);
            while (writer.Dropped == 0) writer.Enqueue(() => { });
            stalled.Set();
        }
        Assert.Contains(log.Recent(50), e => e.Source == "storage" && e.Message.Contains("dropped while storage was behind", StringComparison.Ordinal));
    }
}
