using Microsoft.Data.Sqlite;

namespace SmartGateway.Host.Storage;

/// <summary>The gateway's one SQLite file, in WAL mode: readers never block the writer, and a killed process
/// loses at most the transaction it had not committed.</summary>
public sealed class GatewayDatabase
{
    private const int SchemaVersion = 1;
    private readonly string _connectionString;

    public GatewayDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        PrivateFiles.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        if (!File.Exists(Path)) PrivateFiles.CreateFile(Path).Dispose();
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            DefaultTimeout = 10,
        }.ToString();
        Migrate();
        // SQLite gives the -wal and -shm files the database's mode; files from older versions are tightened.
        foreach (string? suffix in new[] { "", "-wal", "-shm" }) PrivateFiles.Restrict(Path + suffix);
    }

    public string Path { get; }

    /// <summary>An open connection; synchronous=NORMAL is durable against a process crash in WAL mode
    /// (only a power cut can lose the last commits, never consistency).</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using SqliteCommand pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    public string IntegrityCheck()
    {
        using SqliteConnection connection = Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    private void Migrate()
    {
        using SqliteConnection connection = Open();
        using (SqliteCommand wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL";
            wal.ExecuteNonQuery();
        }
        using SqliteCommand version = connection.CreateCommand();
        version.CommandText = "PRAGMA user_version";
        int current = Convert.ToInt32(version.ExecuteScalar());
        if (current >= SchemaVersion) return;

        using SqliteTransaction transaction = connection.BeginTransaction();
        using SqliteCommand create = connection.CreateCommand();
        create.Transaction = transaction;
        create.CommandText = Schema + $"PRAGMA user_version={SchemaVersion};";
        create.ExecuteNonQuery();
        transaction.Commit();
    }

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS settings (
            key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_utc TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS sources (
            kind TEXT PRIMARY KEY, format TEXT NOT NULL, text TEXT NOT NULL, updated_utc TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS recorder_values (
            recorder INTEGER NOT NULL, period TEXT NOT NULL, local_date TEXT NOT NULL,
            value REAL NOT NULL, unit TEXT NOT NULL, taken_utc TEXT NOT NULL,
            PRIMARY KEY (recorder, period, local_date));
        CREATE TABLE IF NOT EXISTS load_profile (
            slot INTEGER NOT NULL, interval_end_utc INTEGER NOT NULL,
            import_wh REAL NOT NULL, export_wh REAL NOT NULL, average_w REAL NOT NULL,
            PRIMARY KEY (slot, interval_end_utc));
        CREATE TABLE IF NOT EXISTS event_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT, time_utc TEXT NOT NULL, level TEXT NOT NULL,
            source TEXT NOT NULL, message TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS event_log_level ON event_log(level, id);
        CREATE TABLE IF NOT EXISTS interpreter_state (
            id INTEGER PRIMARY KEY CHECK (id = 1), image_hash TEXT NOT NULL, state BLOB NOT NULL, saved_utc TEXT NOT NULL);

        """;
}
