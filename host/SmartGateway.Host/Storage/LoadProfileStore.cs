using Microsoft.Data.Sqlite;

namespace SmartGateway.Host.Storage;

/// <summary>One 15-minute interval of one meter: energy imported/exported in it and the average power.</summary>
public sealed record LoadProfileEntry(DateTimeOffset IntervalEnd, double ImportWh, double ExportWh, double AverageW);

/// <summary>The gateway's own load recorder (§4.1.5): 15-minute intervals per slot, kept for
/// <see cref="RetentionDays"/> days (the SG keeps 56 h; the host has room for more).</summary>
public sealed class LoadProfileStore(GatewayDatabase database)
{
    public const int RetentionDays = 35;

    public void Add(int slot, LoadProfileEntry entry)
    {
        using SqliteConnection connection = database.Open();
        using SqliteTransaction transaction = connection.BeginTransaction();
        using SqliteCommand insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT OR REPLACE INTO load_profile(slot, interval_end_utc, import_wh, export_wh, average_w)
            VALUES ($s, $t, $i, $e, $a);
            DELETE FROM load_profile WHERE interval_end_utc < $cutoff;
            """;
        insert.Parameters.AddWithValue("$s", slot);
        insert.Parameters.AddWithValue("$t", entry.IntervalEnd.ToUnixTimeSeconds());
        insert.Parameters.AddWithValue("$i", entry.ImportWh);
        insert.Parameters.AddWithValue("$e", entry.ExportWh);
        insert.Parameters.AddWithValue("$a", entry.AverageW);
        insert.Parameters.AddWithValue("$cutoff", entry.IntervalEnd.AddDays(-RetentionDays).ToUnixTimeSeconds());
        insert.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>The IR devices tab's "Clear" (§4.1.2.3): forget one device's recorded intervals.</summary>
    public void Clear(int slot)
    {
        using SqliteConnection connection = database.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "DELETE FROM load_profile WHERE slot = $s";
        command.Parameters.AddWithValue("$s", slot);
        command.ExecuteNonQuery();
    }

    public IReadOnlyList<LoadProfileEntry> Range(int slot, DateTimeOffset from, DateTimeOffset to)
    {
        using SqliteConnection connection = database.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = """
            SELECT interval_end_utc, import_wh, export_wh, average_w FROM load_profile
            WHERE slot = $s AND interval_end_utc > $from AND interval_end_utc <= $to ORDER BY interval_end_utc
            """;
        command.Parameters.AddWithValue("$s", slot);
        command.Parameters.AddWithValue("$from", from.ToUnixTimeSeconds());
        command.Parameters.AddWithValue("$to", to.ToUnixTimeSeconds());
        using SqliteDataReader reader = command.ExecuteReader();
        var entries = new List<LoadProfileEntry>();
        while (reader.Read())
            entries.Add(new LoadProfileEntry(DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(0)),
                reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3)));
        return entries;
    }
}
