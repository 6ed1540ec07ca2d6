namespace SmartGateway.Compiler.Emit;

/// <summary>Distinct items in order of first use, so images are deterministic and shared values stored once.</summary>
internal sealed class Pool<T> where T : notnull
{
    private readonly List<T> _items = [];
    private readonly Dictionary<T, int> _index = [];

    public IReadOnlyList<T> Items => _items;

    public int Count => _items.Count;

    public int Add(T item)
    {
        if (_index.TryGetValue(item, out int i)) return i;
        _index[item] = _items.Count;
        _items.Add(item);
        return _items.Count - 1;
    }
}
