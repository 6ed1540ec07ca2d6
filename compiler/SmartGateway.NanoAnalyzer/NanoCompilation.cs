using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SmartGateway.NanoAnalyzer;

/// <summary>
/// The project's files compiled the way a nanoFramework build compiles them: NANOFRAMEWORK_1_0 defined
/// (and the .NET target symbols not), the project's LangVersion, and the stub core library as the only
/// reference. Files that a directive could change are parsed again; the rest are shared as they are, so
/// locations map one to one.
/// </summary>
internal sealed class NanoCompilation
{
    private readonly Dictionary<SyntaxTree, SyntaxTree> _trees;
    private readonly Dictionary<SyntaxTree, List<Diagnostic>> _errors = new Dictionary<SyntaxTree, List<Diagnostic>>();

    private NanoCompilation(CSharpCompilation compilation, Dictionary<SyntaxTree, SyntaxTree> trees, CancellationToken cancellationToken)
    {
        Compilation = compilation;
        _trees = trees;
        foreach (Diagnostic d in Errors(compilation, cancellationToken))
        {
            SyntaxTree tree = d.Location.SourceTree!;
            if (!_errors.TryGetValue(tree, out List<Diagnostic>? list))
            {
                list = new List<Diagnostic>();
                _errors.Add(tree, list);
            }
            list.Add(d);
        }
    }

    public CSharpCompilation Compilation { get; }

    /// <summary>
    /// Every error the nano build would report, located in source, and the use of an obsolete member (a warning the
    /// projects' warnings-as-errors turn into an error, as the real-compile projects do).
    /// </summary>
    public static IEnumerable<Diagnostic> Errors(CSharpCompilation compilation, CancellationToken cancellationToken)
    {
        IEnumerable<Diagnostic> all = compilation.GetDiagnostics(cancellationToken);
        if (!all.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            // Iterator, async and other lowering errors (CS0518 IEnumerator<T> for `yield`) appear only when emitting.
            using var sink = new MemoryStream();
            all = compilation.Emit(sink, cancellationToken: cancellationToken).Diagnostics;
        }
        return all.Where(d => (d.Severity == DiagnosticSeverity.Error || d.Id == "CS0612" || d.Id == "CS0618") && d.Location.SourceTree != null).ToList();
    }

    /// <summary>The nano build's errors in one of the project's trees (located in the nano copy, same spans).</summary>
    public IReadOnlyList<Diagnostic> ErrorsIn(SyntaxTree tree)
    {
        if (!_trees.TryGetValue(tree, out SyntaxTree? nanoTree)) return Array.Empty<Diagnostic>();
        return _errors.TryGetValue(nanoTree, out List<Diagnostic>? list) ? list : (IReadOnlyList<Diagnostic>)Array.Empty<Diagnostic>();
    }

    public static NanoCompilation Create(CSharpCompilation project, Stubs.StubLibrary stubs, CancellationToken cancellationToken)
    {
        var map = new Dictionary<SyntaxTree, SyntaxTree>();
        var trees = new List<SyntaxTree>();
        foreach (SyntaxTree tree in project.SyntaxTrees)
        {
            SyntaxNode root = tree.GetRoot(cancellationToken);
            if (IsBuildMetadata(root)) continue;
            SyntaxTree nanoTree = tree;
            if (root.ContainsDirectives)
            {
                var options = (CSharpParseOptions)tree.Options;
                nanoTree = CSharpSyntaxTree.ParseText(tree.GetText(cancellationToken), options.WithPreprocessorSymbols(NanoSymbols(options)), tree.FilePath, cancellationToken);
            }
            map.Add(tree, nanoTree);
            trees.Add(nanoTree);
        }
        var compilation = CSharpCompilation.Create(
            project.AssemblyName + ".nano",
            trees,
            new[] { stubs.Reference },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                allowUnsafe: project.Options.AllowUnsafe,
                nullableContextOptions: NullableContextOptions.Disable,
                checkOverflow: project.Options.CheckOverflow));
        return new NanoCompilation(compilation, map, cancellationToken);
    }

    /// <summary>The nano build's symbols: the project's own ones, less the .NET target ones, plus NANOFRAMEWORK_1_0.</summary>
    private static IEnumerable<string> NanoSymbols(CSharpParseOptions options)
    {
        var result = new List<string> { "NANOFRAMEWORK_1_0" };
        foreach (string s in options.PreprocessorSymbolNames)
        {
            if (s == "NET" || s.StartsWith("NET", StringComparison.Ordinal) && s.Length > 3 && (char.IsDigit(s[3]) || s.StartsWith("NETCOREAPP", StringComparison.Ordinal) || s.StartsWith("NETSTANDARD", StringComparison.Ordinal))) continue;
            result.Add(s);
        }
        return result;
    }

    /// <summary>
    /// The SDK's generated assembly-attribute files (AssemblyInfo, TargetFramework): only attributes, written
    /// by the .NET build and absent from a nanoFramework one.
    /// </summary>
    private static bool IsBuildMetadata(SyntaxNode root)
    {
        if (root is not CompilationUnitSyntax unit || unit.Members.Count > 0 || unit.AttributeLists.Count == 0) return false;
        string header = root.GetLeadingTrivia().ToFullString();
        return header.Contains("<auto-generated") || header.Contains("<autogenerated");
    }
}
