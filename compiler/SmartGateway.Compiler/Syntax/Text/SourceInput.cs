using Sprache;

namespace SmartGateway.Compiler.Syntax.Text;

/// <summary>
/// Sprache input over a string that can be placed at any position with its line and column, so a
/// token parser moves past a whole token in one step. Sprache's own Input allocates an object and a
/// memo table per character; this one allocates the memo table only when a parser asks for it.
/// </summary>
internal sealed class SourceInput(string source, int position, int line, int column) : IInput
{
    private IDictionary<object, object>? _memos;

    public SourceInput(string source)
        : this(source, 0, 1, 1)
    {
    }

    public string Source { get; } = source;

    public int Position { get; } = position;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public bool AtEnd => Position >= Source.Length;

    public char Current => Source[Position];

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public IInput Advance()
    {
        if (AtEnd) throw new InvalidOperationException("The input is already at its end.");
        return Current == '\n' ? new SourceInput(Source, Position + 1, Line + 1, 1) : new SourceInput(Source, Position + 1, Line, Column + 1);
    }

    public bool Equals(IInput? other) => other != null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Source, Position);

    public override string ToString() => $"Line {Line}, Column {Column}";
}
