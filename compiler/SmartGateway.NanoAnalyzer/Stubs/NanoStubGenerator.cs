using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SmartGateway.NanoAnalyzer.Stubs;

/// <summary>
/// Stub assemblies for the nanoFramework packages that NuGet does not serve, written at build time from their
/// API lists (AdditionalFiles with metadata NanoStub="true", build/NanoStubs.props) into a project compiled
/// against the real mscorlib: the stubs bind to the real core library, so a base class, an interface or a
/// default value that mscorlib declares is the real one. Every build regenerates them; nothing is kept in the repo.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class NanoStubGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<ImmutableArray<KeyValuePair<string, string>>> lists = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => pair.Right.GetOptions(pair.Left).TryGetValue("build_metadata.AdditionalFiles.NanoStub", out string? flag)
                && string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            .Select(static (pair, ct) => new KeyValuePair<string, string>(NanoOptions.FileName(pair.Left.Path), pair.Left.GetText(ct)?.ToString() ?? ""))
            .Collect();

        context.RegisterSourceOutput(lists.Combine(context.CompilationProvider), static (spc, pair) =>
        {
            if (pair.Left.IsEmpty) return;
            Compilation compilation = pair.Right;
            // Ordered by file name, as the analyzer orders its lists: a type in two lists is written from the first.
            IEnumerable<string> texts = pair.Left.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Value);
            string stubs = StubWriter.Write(texts, baseType => BaseArguments(compilation, baseType));
            CSharpParseOptions options = compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions ?? CSharpParseOptions.Default;
            SyntaxTree tree = CSharpSyntaxTree.ParseText(stubs, options, "NanoStubs.g.cs", cancellationToken: spc.CancellationToken);
            spc.AddSource("NanoStubs.g.cs", stubs);
            spc.AddSource("NanoStubs.Completion.g.cs", StubCompletion.Write(compilation.AddSyntaxTrees(tree), tree, spc.CancellationToken));
        });
    }

    /// <summary>
    /// Arguments for a constructor of a referenced base class (the real mscorlib's <c>EventArgs</c>, <c>Stream</c>,
    /// <c>Exception</c>): its accessible constructor with the fewest parameters, each passed a typed default.
    /// </summary>
    private static string? BaseArguments(Compilation compilation, string baseType)
    {
        if (baseType.IndexOf('<') >= 0) return null;
        INamedTypeSymbol? type = compilation.GetTypeByMetadataName(baseType);
        if (type == null) return null;
        IMethodSymbol? best = null;
        foreach (IMethodSymbol ctor in type.InstanceConstructors)
        {
            bool accessible = ctor.DeclaredAccessibility == Accessibility.Public || ctor.DeclaredAccessibility == Accessibility.Protected
                || ctor.DeclaredAccessibility == Accessibility.ProtectedOrInternal;
            if (!accessible || ctor.Parameters.Any(p => p.RefKind != RefKind.None)) continue;
            if (best == null || ctor.Parameters.Length < best.Parameters.Length) best = ctor;
        }
        if (best == null) return null;
        return string.Join(", ", best.Parameters.Select(p => "(" + p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ")default"));
    }
}
