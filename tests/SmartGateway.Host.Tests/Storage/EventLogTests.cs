using Microsoft.Data.Sqlite;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Tests.Storage;

public sealed class EventLogTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sg-log-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void TheLogKeepsTheNewestEntriesOnly()
    {
        var log = new EventLog(new GatewayDatabase(Path.Combine(_directory, "gateway.db")));
        for (int n = 0; n < EventLog.Keep + 1000; n++) log.Append(EventLog.Info, "test", "entry " + n);
        IReadOnlyList<LogEntry> kept = log.Recent(EventLog.Keep + 1000);
        Assert.InRange(kept.Count, EventLog.Keep, EventLog.Keep + 500);
        Assert.Equal("entry " + (EventLog.Keep + 999), kept[0].Message);
    }

    [Fact]
    public void ErrorsCanBeReadApart()
    {
        var log = new EventLog(new GatewayDatabase(Path.Combine(_directory, "gateway.db")));
        log.Append(EventLog.Info, "a", "fine");
        log.Append(EventLog.Error, "b", "broken");
        Assert.Equal("broken", Assert.Single(log.Recent(10, EventLog.Error)).Message);
    }
}
