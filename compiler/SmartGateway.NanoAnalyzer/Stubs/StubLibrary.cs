using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SmartGateway.NanoAnalyzer.Stubs;

/// <summary>
/// The stub core library for a set of API lists, compiled in memory with no references. Built once per
/// distinct list content and kept for the life of the process: the compiler server runs the analyzer for
/// build after build, and binding the stub is the expensive part. A few sets are kept (the runtime and
/// the firmware use different ones), the least recently used going first.
/// </summary>
internal sealed class StubLibrary
{
    private const int Capacity = 3;
    private static readonly object Gate = new object();
    private static readonly List<StubLibrary> Recent = new List<StubLibrary>();

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
            int hit = Recent.FindIndex(l => l.Key == key);
            if (hit >= 0)
            {
                StubLibrary found = Recent[hit];
                Recent.RemoveAt(hit);
                Recent.Add(found);
                return found;
            }
        }
        var texts = new List<string>();
        foreach (KeyValuePair<string, SourceText> l in lists) texts.Add(l.Value.ToString());
        string source = StubWriter.Write(texts);
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, options, "nano-stubs.cs");
        var compilation = CSharpCompilation.Create(
            "mscorlib",
            new[] { tree },
            Array.Empty<MetadataReference>(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Disable));
        // Declarations are bound lazily on first use and stay bound in this compilation, so the next
        // project (or the next build in the same compiler server) reuses them.
        var library = new StubLibrary(key, compilation);
        lock (Gate)
        {
            if (Recent.Count == Capacity) Recent.RemoveAt(0);
            Recent.Add(library);
        }
        return library;
    }

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
