using System.Text;

namespace SmartGateway.Compiler.Native;

/// <summary>Indented C# text with "\n" line ends.</summary>
internal sealed class NativeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public void Line(string line)
    {
        _text.Append(' ', _indent * 4).Append(line).Append('\n');
    }

    public void Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
    }

    public void Close()
    {
        _indent--;
        Line("}");
    }

    public override string ToString() => _text.ToString();
}
