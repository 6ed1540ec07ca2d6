using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SmartGateway.NanoAnalyzer.Stubs;

/// <summary>
/// The stub core library for a set of API lists, compiled in memory with no references. Built once per
/// distinct list content and kept for the life of the process: the compiler server runs the analyzer for
/// build after build, and binding the stub is the expensive part.
/// </summary>
internal sealed class StubLibrary
{
    private static readonly object Gate = new object();
    private static StubLibrary? _last;

    private StubLibrary(string key, CSharpCompilation compilation)
    {
        Key = key;
        Compilation = compilation;
        Reference = compilation.ToMetadataReference();
    }

    public string Key { get; }

    public CSharpCompilation Compilation { get; }

    public MetadataReference Reference { get; }

    /// <summary>The library for these lists (name and text of each), reused while the texts are unchanged.</summary>
    public static StubLibrary Get(IReadOnlyList<KeyValuePair<string, SourceText>> lists)
    {
        string key = KeyOf(lists);
        lock (Gate)
        {
            if (_last != null && _last.Key == key) return _last;
        }
        var texts = new List<string>();
        foreach (KeyValuePair<string, SourceText> l in lists) texts.Add(l.Value.ToString());
        string source = StubWriter.Write(texts);
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, options, "nano-stubs.cs");
        CSharpCompilation compilation = CSharpCompilation.Create(
            "mscorlib",
            new[] { tree },
            Array.Empty<MetadataReference>(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Disable));
        // Declarations are bound lazily on first use and stay bound in this compilation, so the next
        // project (or the next build in the same compiler server) reuses them.
        var library = new StubLibrary(key, compilation);
        lock (Gate)
        {
            _last = library;
        }
        return library;
    }

    /// <summary>The stub source for these lists (for inspection and tests).</summary>
    public static string SourceOf(IEnumerable<string> texts) => StubWriter.Write(texts);

    private static string KeyOf(IReadOnlyList<KeyValuePair<string, SourceText>> lists)
    {
        var sb = new StringBuilder();
        foreach (KeyValuePair<string, SourceText> l in lists)
        {
            sb.Append(l.Key).Append(':');
            foreach (byte b in l.Value.GetChecksum()) sb.Append(b.ToString("x2"));
            sb.Append(';');
        }
        return sb.ToString();
    }
}
