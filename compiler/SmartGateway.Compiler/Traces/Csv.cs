namespace SmartGateway.Compiler.Traces;

/// <summary>RFC 4180 splitting (quoted cells, doubled quotes, CRLF or LF), keeping each cell's column.</summary>
internal static class Csv
{
    public static List<List<(string Cell, int Column)>> Split(string text)
    {
        var lines = new List<List<(string, int)>>();
        var cells = new List<(string, int)>();
        var cell = new System.Text.StringBuilder();
        int column = 1, cellColumn = 1;
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; column++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
                column++;
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    cells.Add((cell.ToString(), cellColumn));
                    cell.Clear();
                    cellColumn = column + 1;
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add((cell.ToString(), cellColumn));
                    lines.Add(cells);
                    cells = [];
                    cell.Clear();
                    column = 0;
                    cellColumn = 1;
                    break;
                default:
                    cell.Append(c);
                    break;
            }
            column++;
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add((cell.ToString(), cellColumn));
            lines.Add(cells);
        }
        return lines;
    }
}
