namespace SmartGateway.NanoAnalyzer.Stubs;

/// <summary>A type of the API lists with its member lines and nested types, ready to be written as C#.</summary>
internal sealed class StubType
{
    public StubType(ApiLine line)
    {
        Line = line;
        if (line.Has("nested"))
        {
            TypeNames.SplitLast(line.Type, out string container, out string simple);
            Container = container;
            Namespace = "";
            SimpleName = simple;
        }
        else
        {
            // The namespace is everything before the last dot of the name without its type parameters.
            int lt = line.Type.IndexOf('<');
            string plain = lt < 0 ? line.Type : line.Type.Substring(0, lt);
            int dot = plain.LastIndexOf('.');
            Container = null;
            Namespace = dot < 0 ? "" : plain.Substring(0, dot);
            SimpleName = line.Type.Substring(dot + 1);
        }
    }

    public ApiLine Line { get; }

    /// <summary>The containing type's full name for a nested type, otherwise null.</summary>
    public string? Container { get; }

    public string Namespace { get; }

    /// <summary>The declared name with type parameters: <c>Action&lt;T1,T2&gt;</c>.</summary>
    public string SimpleName { get; }

    public string Kind => Line.Member;

    public List<ApiLine> Members { get; } = new List<ApiLine>();

    public List<StubType> Nested { get; } = new List<StubType>();
}
