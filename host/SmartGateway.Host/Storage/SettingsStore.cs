using System.Text.Json;
using Microsoft.Data.Sqlite;
using SmartGateway.Host.Settings;

namespace SmartGateway.Host.Storage;

/// <summary>Keeps the current <see cref="GatewaySettings"/> in memory and in the database; a save is one
/// transaction, so a crash leaves either the old or the new document.</summary>
public sealed class SettingsStore
{
    private const string Key = "gateway";
    private readonly GatewayDatabase _database;
    private readonly object _writeLock = new();
    private GatewaySettings _current;

    public SettingsStore(GatewayDatabase database, GatewaySettings initial)
    {
        _database = database;
        _current = Load() ?? initial;
    }

    /// <summary>Raised after a successful save, with the new settings.</summary>
    public event Action<GatewaySettings>? Changed;

    public GatewaySettings Current => Volatile.Read(ref _current);

    public static string Serialize(GatewaySettings settings) =>
        JsonSerializer.Serialize(settings, SettingsJsonContext.Default.GatewaySettings);

    public void Save(GatewaySettings settings)
    {
        lock (_writeLock)
        {
            using SqliteConnection connection = _database.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO settings(key, value, updated_utc) VALUES ($key, $value, $now)
                ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_utc = excluded.updated_utc
                """;
            command.Parameters.AddWithValue("$key", Key);
            command.Parameters.AddWithValue("$value", Serialize(settings));
            command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O"));
            command.ExecuteNonQuery();
            Volatile.Write(ref _current, settings);
        }
        Changed?.Invoke(settings);
    }

    private GatewaySettings? Load()
    {
        using SqliteConnection connection = _database.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM settings WHERE key = $key";
        command.Parameters.AddWithValue("$key", Key);
        if (command.ExecuteScalar() is not string json) return null;
        try
        {
            return JsonSerializer.Deserialize(json, SettingsJsonContext.Default.GatewaySettings);
        }
        catch (JsonException exception)
        {
            // Refuse to start rather than overwrite what is stored with defaults.
            throw new InvalidOperationException($"The settings stored in {_database.Path} cannot be read at {exception.Path}: {exception.Message}", exception);
        }
    }
}
