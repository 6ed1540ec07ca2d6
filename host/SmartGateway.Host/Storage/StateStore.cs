using Microsoft.Data.Sqlite;

namespace SmartGateway.Host.Storage;

/// <summary>The interpreter's hysteresis/timer state, saved with the hash of the image it belongs to and
/// handed back only to that identical image after a restart (a new rule set starts from no state).</summary>
public sealed class StateStore(GatewayDatabase database)
{
    public void Save(string imageHash, byte[] state)
    {
        using SqliteConnection connection = database.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO interpreter_state(id, image_hash, state, saved_utc) VALUES (1, $h, $s, $now)
            ON CONFLICT(id) DO UPDATE SET image_hash = excluded.image_hash, state = excluded.state, saved_utc = excluded.saved_utc
            """;
        command.Parameters.AddWithValue("$h", imageHash);
        command.Parameters.AddWithValue("$s", state);
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O"));
        command.ExecuteNonQuery();
    }

    /// <summary>The saved state if it was saved for <paramref name="imageHash"/>; otherwise null.</summary>
    public byte[]? Restore(string imageHash)
    {
        using SqliteConnection connection = database.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT state FROM interpreter_state WHERE id = 1 AND image_hash = $h";
        command.Parameters.AddWithValue("$h", imageHash);
        return command.ExecuteScalar() as byte[];
    }
}
