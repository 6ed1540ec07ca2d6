using System.Globalization;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Traces;

/// <summary>
/// Reads a trace CSV: a header naming <c>tick</c>, an optional <c>time</c> and input paths, then one
/// row per tick. Every error names its line and column; nothing is guessed.
/// </summary>
public static class TraceReader
{
    private static readonly string[] TimeFormats =
        ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"];

    public static Trace? Read(string path, string text, DiagnosticBag diagnostics)
    {
        List<List<(string Cell, int Column)>> lines = Csv.Split(text);
        if (lines.Count == 0)
        {
            diagnostics.Add(DiagnosticCodes.TraceSyntax, new SourceSpan(path, 1, 1), "the trace is empty: expected a header such as tick,time,ir.left.P");
            return null;
        }
        List<(string Cell, int Column)> header = lines[0];
        int tickColumn = -1, timeColumn = -1;
        var columns = new List<string>();
        int[] valueIndex = new int[header.Count];
        for (int c = 0; c < header.Count; c++)
        {
            (string? name, int column) = header[c];
            valueIndex[c] = -1;
            string trimmed = name.Trim();
            if (trimmed == "tick") { tickColumn = c; continue; }
            if (trimmed == "time") { timeColumn = c; continue; }
            InputInfo? input = InputCatalog.Resolve(trimmed);
            if (input == null)
            {
                diagnostics.Add(DiagnosticCodes.TraceUnknownColumn, new SourceSpan(path, 1, column), trimmed, "");
                continue;
            }
            if (columns.Contains(input.Path))
            {
                diagnostics.Add(DiagnosticCodes.TraceUnknownColumn, new SourceSpan(path, 1, column), trimmed, " (it appears twice)");
                continue;
            }
            valueIndex[c] = columns.Count;
            columns.Add(input.Path);
        }
        if (tickColumn < 0) diagnostics.Add(DiagnosticCodes.TraceSyntax, new SourceSpan(path, 1, 1), "the header has no 'tick' column");
        if (diagnostics.HasErrors) return null;

        var rows = new List<long?[]>();
        List<DateTime?>? times = timeColumn >= 0 ? [] : null;
        for (int r = 1; r < lines.Count; r++)
        {
            int lineNo = r + 1;
            List<(string Cell, int Column)> cells = lines[r];
            if (cells.Count == 1 && cells[0].Cell.Trim().Length == 0) continue;
            if (cells.Count != header.Count)
            {
                diagnostics.Add(DiagnosticCodes.TraceSyntax, new SourceSpan(path, lineNo, 1), $"row has {cells.Count} cells, the header has {header.Count}");
                return null;
            }
            long?[] row = new long?[columns.Count];
            for (int c = 0; c < cells.Count; c++)
            {
                string cell = cells[c].Cell.Trim();
                var span = new SourceSpan(path, lineNo, cells[c].Column);
                if (c == tickColumn)
                {
                    if (!long.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out long tick) || tick != rows.Count)
                    {
                        diagnostics.Add(DiagnosticCodes.TraceBadTick, span, cell, rows.Count);
                        return null;
                    }
                }
                else if (c == timeColumn)
                {
                    if (cell.Length == 0) times!.Add(null);
                    else if (DateTime.TryParseExact(cell, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime t)) times!.Add(t);
                    else
                    {
                        diagnostics.Add(DiagnosticCodes.TraceBadTime, span, cell);
                        return null;
                    }
                }
                else if (valueIndex[c] >= 0 && cell.Length > 0)
                {
                    if (!Fixed.TryParse(cell, out long value))
                    {
                        diagnostics.Add(DiagnosticCodes.TraceBadNumber, span, cell);
                        return null;
                    }
                    row[valueIndex[c]] = value;
                }
            }
            rows.Add(row);
        }
        return new Trace(columns, rows, times);
    }
}
