using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SmartGateway.Runtime.Inputs;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Host.Rules;

/// <summary>One stored history file: a docs/FORMATS.md trace of one day under one rule image.</summary>
public sealed record HistoryFile(string Name, long Bytes, DateTime Modified);

/// <summary>
/// Stored history for replay ("what would last week have looked like"): every tick, the inputs the
/// running rules read are appended as one row of a docs/FORMATS.md trace (<c>tick,time,path…</c>; time.*
/// come from the time column). A new file starts each local day and whenever the rule image changes,
/// so every file is a complete trace on its own; files older than the retention are deleted.
/// </summary>
public sealed partial class InputHistory : IDisposable
{
    private readonly string _directory;
    private readonly int _keepDays;
    private StreamWriter? _writer;
    private string? _name;
    private int[] _columns = [];
    private long _tick;

    public InputHistory(string dataDirectory, int keepDays)
    {
        _directory = Path.Combine(dataDirectory, "history");
        _keepDays = keepDays;
        Directory.CreateDirectory(_directory);
    }

    /// <summary>Appends one tick's inputs (values and validity in input-table order), on the <see cref="TickWriter"/>'s thread.</summary>
    internal void Record(LoadedRules rules, DateTime local, long[] values, bool[] valid)
    {
        string name = $"{local:yyyy-MM-dd}-{rules.Hash[..12]}.csv";
        if (name != _name) Open(name, rules);
        var row = new StringBuilder();
        row.Append(_tick++).Append(',').Append(local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        foreach (int i in _columns)
        {
            row.Append(',');
            if (valid[i]) row.Append(Fixed.ToText(values[i]));
        }
        _writer!.Write(row.Append('\n').ToString());
        _writer.Flush();
    }

    public IReadOnlyList<HistoryFile> Files() =>
        Directory.EnumerateFiles(_directory, "*.csv").Select(f => new FileInfo(f))
            .Where(f => FileName().IsMatch(f.Name)).OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new HistoryFile(f.Name, f.Length, f.LastWriteTimeUtc)).ToList();

    /// <summary>The full path of a stored file, or null for a name that is not one (no path tricks).</summary>
    public string? PathOf(string name)
    {
        if (!FileName().IsMatch(name)) return null;
        string path = Path.Combine(_directory, name);
        return File.Exists(path) ? path : null;
    }

    public void Dispose() => _writer?.Dispose();

    private void Open(string name, LoadedRules rules)
    {
        _writer?.Dispose();
        _columns = Enumerable.Range(0, rules.Image.Inputs.Length).Where(i => rules.Binding.SourceOf(i) != InputSource.Time).ToArray();
        string path = Path.Combine(_directory, name);
        // A restart on the same day under the same rules continues the file, ticks still counting by 1.
        _tick = File.Exists(path) ? Math.Max(0, File.ReadLines(path).LongCount() - 1) : 0;
        _writer = new StreamWriter(path, append: true, new UTF8Encoding(false));
        if (_tick == 0 && new FileInfo(path).Length == 0)
        {
            _writer.Write("tick,time" + string.Concat(_columns.Select(i => "," + rules.Image.Inputs[i])) + "\n");
        }
        _name = name;
        Prune();
    }

    private void Prune()
    {
        string oldest = DateTime.UtcNow.AddDays(-_keepDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (HistoryFile f in Files())
        {
            if (string.CompareOrdinal(f.Name[..10], oldest) < 0) File.Delete(Path.Combine(_directory, f.Name));
        }
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d-[0-9a-f]{12}\.csv$")]
    private static partial Regex FileName();
}
