using Microsoft.Data.Sqlite;

namespace SmartGateway.Host.Storage;

/// <summary>A stored source text (the automations, the tariff calendar) and its format.</summary>
public sealed record StoredSource(string Text, string Format, DateTimeOffset Updated);

/// <summary>Source texts by kind ("automations", "tariffs"); each save replaces the old text atomically.</summary>
public sealed class SourceStore(GatewayDatabase database)
{
    public const string Automations = "automations";
    public const string Tariffs = "tariffs";

    public StoredSource? Get(string kind)
    {
        using SqliteConnection connection = database.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT text, format, updated_utc FROM sources WHERE kind = $kind";
        command.Parameters.AddWithValue("$kind", kind);
        using SqliteDataReader reader = command.ExecuteReader();
        return reader.Read()
            ? new StoredSource(reader.GetString(0), reader.GetString(1), DateTimeOffset.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }

    public void Save(string kind, string text, string format)
    {
        using SqliteConnection connection = database.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO sources(kind, format, text, updated_utc) VALUES ($kind, $format, $text, $now)
            ON CONFLICT(kind) DO UPDATE SET format = excluded.format, text = excluded.text, updated_utc = excluded.updated_utc
            """;
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$format", format);
        command.Parameters.AddWithValue("$text", text);
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O"));
        command.ExecuteNonQuery();
    }
}
