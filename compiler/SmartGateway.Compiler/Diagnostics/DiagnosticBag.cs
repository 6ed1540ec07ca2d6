namespace SmartGateway.Compiler.Diagnostics;

/// <summary>Diagnostics collected by one compilation, in the order found.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public int ErrorCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    public void Add(Diagnostic d)
    {
        _items.Add(d);
        if (d.IsError) ErrorCount++;
    }

    public void Add(DiagnosticDescriptor descriptor, SourceSpan span, params object[] args) => Add(descriptor.At(span, args));

    public void AddRange(IEnumerable<Diagnostic> items)
    {
        foreach (Diagnostic d in items) Add(d);
    }
}
