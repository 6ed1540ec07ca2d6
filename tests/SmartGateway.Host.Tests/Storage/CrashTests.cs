using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Tests.Storage;

/// <summary>SIGKILL in the middle of heavy writes loses at most the record in flight and corrupts nothing.</summary>
public sealed class CrashTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sg-crash-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task KillDuringWritesLosesAtMostTheRecordInFlight()
    {
        string database = Path.Combine(_directory, "gateway.db");
        string hostDll = Path.Combine(AppContext.BaseDirectory, "SmartGateway.Host.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string? argument in new[] { hostDll, WriteStress.Verb, database, "1000000" }) start.ArgumentList.Add(argument);

        using Process process = Process.Start(start)!;
        long lastCommitted = 0;
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            // Let it write a few hundred records (settings rewrites included), then kill it without warning.
            while (lastCommitted < 400 && await process.StandardOutput.ReadLineAsync(timeout.Token) is string line)
                lastCommitted = long.Parse(line["committed ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        }
        process.Kill(); // SIGKILL on Linux
        await process.WaitForExitAsync();
        Assert.True(lastCommitted >= 400, $"the writer only reached {lastCommitted}");
        // Lines printed before the kill are still in the pipe: the last complete one is the last commit reported.
        foreach (string line in (await process.StandardOutput.ReadToEndAsync()).Split('\n'))
            if (line.StartsWith("committed ", StringComparison.Ordinal) && long.TryParse(line["committed ".Length..], out long id))
                lastCommitted = id;

        var reopened = new GatewayDatabase(database);
        Assert.Equal("ok", reopened.IntegrityCheck());
        using SqliteConnection connection = reopened.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), MIN(id), MAX(id) FROM event_log";
        using SqliteDataReader reader = command.ExecuteReader();
        reader.Read();
        (long count, long min, long max) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        Assert.Equal(1, min);
        Assert.Equal(max, count); // no gaps
        // Everything reported committed is there; beyond it at most the record in flight, which may have
        // committed just before its line could be printed.
        Assert.InRange(max, lastCommitted, lastCommitted + 1);
        var settings = new SettingsStore(reopened, new Host.Settings.GatewaySettings());
        Assert.StartsWith("record ", settings.Current.General.Description, StringComparison.Ordinal);
    }
}
