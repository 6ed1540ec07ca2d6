namespace SmartGateway.Compiler.Traces;

/// <summary>
/// Recorded inputs, one row per tick (docs/FORMATS.md "Traces"). Values are micro-units; a null cell is
/// an invalid input. <see cref="Times"/> holds the local wall-clock time of each row, if recorded.
/// </summary>
public sealed class Trace
{
    public Trace(IReadOnlyList<string> columns, IReadOnlyList<long?[]> rows, IReadOnlyList<DateTime?>? times)
    {
        Columns = columns;
        Rows = rows;
        Times = times;
    }

    /// <summary>Canonical input paths, one per value column (tick and time excluded).</summary>
    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<long?[]> Rows { get; }

    /// <summary>Local time per row, or null when the trace has no time column.</summary>
    public IReadOnlyList<DateTime?>? Times { get; }

    public int ColumnOf(string path)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == path) return i;
        }
        return -1;
    }
}
