using Microsoft.Data.Sqlite;

namespace SmartGateway.Host.Storage;

public sealed record LogEntry(long Id, DateTimeOffset Time, string Level, string Source, string Message);

/// <summary>The gateway's event and error log (what the MQTT "errors" command and the status page report).</summary>
public sealed class EventLog(GatewayDatabase database)
{
    /// <summary>Raised after an entry is committed (MQTT links publish errors as they happen, §4.7.2).</summary>
    public event Action<LogEntry>? Appended;

    public const string Info = "info";
    public const string Error = "error";

    /// <summary>The log keeps the newest entries only; older ones are pruned every <see cref="PruneEvery"/> appends.</summary>
    public const int Keep = 10_000;
    private const int PruneEvery = 500;

    /// <summary>Appends one entry in its own transaction and returns its id once it is committed.</summary>
    public long Append(string level, string source, string message)
    {
        using SqliteConnection connection = database.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO event_log(time_utc, level, source, message) VALUES ($t, $l, $s, $m);
            SELECT last_insert_rowid();
            """;
        DateTimeOffset now = DateTimeOffset.UtcNow;
        command.Parameters.AddWithValue("$t", now.ToString("O"));
        command.Parameters.AddWithValue("$l", level);
        command.Parameters.AddWithValue("$s", source);
        command.Parameters.AddWithValue("$m", message);
        long id = (long)command.ExecuteScalar()!;
        if (id % PruneEvery == 0)
        {
            using SqliteCommand prune = connection.CreateCommand();
            prune.CommandText = "DELETE FROM event_log WHERE id <= $cutoff";
            prune.Parameters.AddWithValue("$cutoff", id - Keep);
            prune.ExecuteNonQuery();
        }
        Appended?.Invoke(new LogEntry(id, now, level, source, message));
        return id;
    }

    /// <summary>The newest entries first; <paramref name="level"/> null = all levels.</summary>
    public IReadOnlyList<LogEntry> Recent(int count, string? level = null)
    {
        using SqliteConnection connection = database.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = level is null
            ? "SELECT id, time_utc, level, source, message FROM event_log ORDER BY id DESC LIMIT $n"
            : "SELECT id, time_utc, level, source, message FROM event_log WHERE level = $l ORDER BY id DESC LIMIT $n";
        command.Parameters.AddWithValue("$n", count);
        if (level is not null) command.Parameters.AddWithValue("$l", level);
        using SqliteDataReader reader = command.ExecuteReader();
        var entries = new List<LogEntry>();
        while (reader.Read())
            entries.Add(new LogEntry(reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        return entries;
    }
}
