namespace SmartGateway.Generator;

/// <summary>Turns a 0-based line and column into a character offset, for the TextSpan of a Location.</summary>
internal sealed class LineMap
{
    private readonly List<int> _starts = [0];
    private readonly int _length;

    public LineMap(string text)
    {
        _length = text.Length;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') _starts.Add(i + 1);
        }
    }

    public int Offset(int line, int column)
    {
        if (line >= _starts.Count) return _length;
        return Math.Min(_starts[line] + column, _length);
    }
}
