using System.Text;

namespace SmartGateway.Generator;

/// <summary>Indented text with "\n" line ends, so generated files are byte-identical on every OS.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
        _text.Append('\n');
        return this;
    }

    public SourceWriter Open(string line)
    {
        Line(line).Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close()
    {
        _indent--;
        return Line("}");
    }

    public override string ToString() => _text.ToString();
}
