using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace SmartGateway.Host.Storage;

/// <summary>Recorder periods; the stored date key is yyyy-MM-dd, yyyy-MM or yyyy of the period that ended.</summary>
public static class RecorderPeriod
{
    public const string Daily = "daily";
    public const string Monthly = "monthly";
    public const string Yearly = "yearly";

    public static bool IsKnown(string period) => period is Daily or Monthly or Yearly;
}

/// <summary>A counter reading taken when a period ended (local midnight).</summary>
public sealed record RecorderValue(string Date, double Value, string Unit);

/// <summary>Daily, monthly and yearly counter readings per recorder.</summary>
public sealed class RecorderStore(GatewayDatabase database)
{
    /// <summary>Stores a reading once; a repeated midnight (restart, clock step) keeps the first.</summary>
    public bool Record(int recorder, string period, string date, double value, string unit)
    {
        using SqliteConnection connection = database.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR IGNORE INTO recorder_values(recorder, period, local_date, value, unit, taken_utc)
            VALUES ($r, $p, $d, $v, $u, $now)
            """;
        command.Parameters.AddWithValue("$r", recorder);
        command.Parameters.AddWithValue("$p", period);
        command.Parameters.AddWithValue("$d", date);
        command.Parameters.AddWithValue("$v", value);
        command.Parameters.AddWithValue("$u", unit);
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O"));
        return command.ExecuteNonQuery() == 1;
    }

    public IReadOnlyList<RecorderValue> Values(int recorder, string period)
    {
        using SqliteConnection connection = database.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT local_date, value, unit FROM recorder_values WHERE recorder = $r AND period = $p ORDER BY local_date";
        command.Parameters.AddWithValue("$r", recorder);
        command.Parameters.AddWithValue("$p", period);
        using SqliteDataReader reader = command.ExecuteReader();
        var values = new List<RecorderValue>();
        while (reader.Read()) values.Add(new RecorderValue(reader.GetString(0), reader.GetDouble(1), reader.GetString(2)));
        return values;
    }

    public void Clear(int recorder)
    {
        using SqliteConnection connection = database.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "DELETE FROM recorder_values WHERE recorder = $r";
        command.Parameters.AddWithValue("$r", recorder);
        command.ExecuteNonQuery();
    }

    /// <summary>CSV with the reading and the consumption since the previous reading (empty for the first).</summary>
    public static string ToCsv(IReadOnlyList<RecorderValue> values)
    {
        var csv = new StringBuilder("date,value,unit,consumption\n");
        RecorderValue? previous = null;
        foreach (RecorderValue value in values)
        {
            string consumption = previous is null ? "" : (value.Value - previous.Value).ToString("R", CultureInfo.InvariantCulture);
            csv.Append(value.Date).Append(',')
               .Append(value.Value.ToString("R", CultureInfo.InvariantCulture)).Append(',')
               .Append(value.Unit).Append(',').Append(consumption).Append('\n');
            previous = value;
        }
        return csv.ToString();
    }
}
