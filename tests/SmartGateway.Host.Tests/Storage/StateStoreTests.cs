using Microsoft.Data.Sqlite;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Tests.Storage;

public sealed class StateStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sg-state-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void StateComesBackOnlyForTheIdenticalImageAfterReopening()
    {
        string path = Path.Combine(_directory, "gateway.db");
        new StateStore(new GatewayDatabase(path)).Save("hash-a", [1, 2, 3]);

        var reopened = new StateStore(new GatewayDatabase(path));
        Assert.Equal(new byte[] { 1, 2, 3 }, reopened.Restore("hash-a"));
        Assert.Null(reopened.Restore("hash-b"));
    }

    [Fact]
    public void ANewImageReplacesTheOldState()
    {
        var store = new StateStore(new GatewayDatabase(Path.Combine(_directory, "gateway.db")));
        store.Save("hash-a", [1]);
        store.Save("hash-b", [2]);
        Assert.Null(store.Restore("hash-a"));
        Assert.Equal(new byte[] { 2 }, store.Restore("hash-b"));
    }

    [Fact]
    public void TheDatabaseRunsInWalMode()
    {
        var database = new GatewayDatabase(Path.Combine(_directory, "gateway.db"));
        using SqliteConnection connection = database.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }
}
