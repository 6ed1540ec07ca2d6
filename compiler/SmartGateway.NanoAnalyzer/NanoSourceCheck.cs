using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SmartGateway.NanoAnalyzer.Stubs;

namespace SmartGateway.NanoAnalyzer;

/// <summary>
/// The whole check for source that has no .NET build of its own (firmware/: nano-only APIs such as
/// SerialPort.Mode do not compile for net10.0): the files compiled only against the stub core library,
/// each compiler error reported as NANO001, then the feature rules run on that same compilation.
/// A test or a tool calls it with the files of a folder; NanoCheck.props is the route for csproj projects.
/// </summary>
public static class NanoSourceCheck
{
    /// <summary>Findings for the files (path, text) against the API lists (file name, text), sorted by place.</summary>
    public static ImmutableArray<Diagnostic> Run(
        IEnumerable<KeyValuePair<string, string>> files,
        IEnumerable<KeyValuePair<string, string>> apiLists,
        IEnumerable<string> semanticsNamespaces,
        string langVersion = "9.0",
        CancellationToken cancellationToken = default)
    {
        if (!LanguageVersionFacts.TryParse(langVersion, out LanguageVersion version)) version = LanguageVersion.CSharp9;
        var parse = new CSharpParseOptions(version, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0", "TRACE" });
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Value), parse, f.Key, cancellationToken)).ToList();
        var lists = apiLists.Select(l => new KeyValuePair<string, SourceText>(l.Key, SourceText.From(l.Value))).OrderBy(l => l.Key, StringComparer.Ordinal).ToList();
        var stubs = StubLibrary.Get(lists);
        var compilation = CSharpCompilation.Create("nano-source-check", trees, new[] { stubs.Reference },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

        ImmutableArray<Diagnostic>.Builder result = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (Diagnostic d in NanoCompilation.Errors(compilation, cancellationToken))
        {
            string text = d.Location.SourceTree!.GetText(cancellationToken).ToString(d.Location.SourceSpan);
            result.Add(Diagnostic.Create(NanoDescriptors.Api, d.Location, text, "1.x", d.Id + ": " + d.GetMessage()));
        }

        var global = new Dictionary<string, string>
        {
            ["build_property.NanoSemanticsNamespaces"] = string.Join(";", semanticsNamespaces),
            ["build_property.LangVersion"] = langVersion,
        };
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new GlobalOnly(global));
        var rules = ImmutableArray.Create<DiagnosticAnalyzer>(
            new Rules.TypeUseAnalyzer(), new Rules.LanguageFeatureAnalyzer(), new Rules.MemberUseAnalyzer(), new Rules.HotPathAnalyzer(),
            new Rules.PlatformBranchAnalyzer(), new Rules.ProjectSettingsAnalyzer());
        Exception? failure = null;
        CompilationWithAnalyzers withRules = compilation.WithAnalyzers(rules, new CompilationWithAnalyzersOptions(options,
            (e, analyzer, _) => failure ??= new InvalidOperationException(analyzer.GetType().Name + " failed: " + e.Message, e),
            concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        result.AddRange(withRules.GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult());
        // A rule that crashed checked nothing: never let that pass as "no findings".
        if (failure != null) throw failure;
        return result.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    private sealed class GlobalOnly : AnalyzerConfigOptionsProvider
    {
        private static readonly Values Empty = new Values(new Dictionary<string, string>());
        private readonly Values _global;

        public GlobalOnly(Dictionary<string, string> global) => _global = new Values(global);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }

    private sealed class Values : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Values(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value)
        {
            bool found = _values.TryGetValue(key, out string? v);
            value = v ?? "";
            return found;
        }
    }
}
