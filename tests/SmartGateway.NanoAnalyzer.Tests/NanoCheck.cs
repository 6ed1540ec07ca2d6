using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SmartGateway.Tests.Shared;

namespace SmartGateway.NanoAnalyzer.Tests;

/// <summary>
/// Runs the nano-safe check the way the build does: the source compiled for net10.0, the analyzers given
/// the stable API lists from the repo as AdditionalFiles (NanoApi=true) and NanoCheck.props' properties.
/// </summary>
internal static class NanoCheck
{
    /// <summary>The stable line's default set, as build/NanoCheck.props lists it for the firmware.</summary>
    public static readonly string[] FirmwareLists =
    {
        "mscorlib", "System.Text", "System.Collections", "System.Math", "System.IO.Streams", "System.Threading",
        "nanoFramework.Runtime.Events", "nanoFramework.Runtime.Native", "System.Net", "System.IO.Ports",
    };

    private static readonly Lazy<MetadataReference[]> NetReferences = new Lazy<MetadataReference[]>(() =>
    {
        string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var refs = new List<MetadataReference>();
        foreach (string path in tpa.Split(Path.PathSeparator))
        {
            string name = Path.GetFileName(path);
            if (name.StartsWith("System.", StringComparison.Ordinal) || name == "mscorlib.dll" || name == "netstandard.dll")
                refs.Add(MetadataReference.CreateFromFile(path));
        }
        return refs.ToArray();
    });

    /// <summary>The runtime's [NanoHotPath] and [NanoFloatAllowed], compiled with every probe.</summary>
    private static IEnumerable<(string Path, string Text)> AttributeFiles =>
        new[] { "NanoHotPathAttribute.cs", "NanoFloatAllowedAttribute.cs" }
            .Select(f => (f, File.ReadAllText(Path.Combine(Repository.Root, "runtime", "SmartGateway.Runtime", f))));

    public static string ApiFolder => Path.Combine(Repository.Root, "compiler", "SmartGateway.NanoAnalyzer", "NanoApi");

    /// <summary>The analyzer diagnostics for one source file (plus the Hot path/float attributes), sorted by position.</summary>
    public static ImmutableArray<Diagnostic> Run(string source, string semanticsNamespaces = "", string[]? lists = null, string langVersion = "10.0", bool checkOverflow = false, string line = "stable")
    {
        IEnumerable<(string, string)> files = new[] { ("Probe.cs", source) }.Concat(AttributeFiles);
        return RunFiles(files, semanticsNamespaces, lists, langVersion, checkOverflow, line);
    }

    public static ImmutableArray<Diagnostic> RunFiles(IEnumerable<(string Path, string Text)> files, string semanticsNamespaces = "", string[]? lists = null, string langVersion = "10.0", bool checkOverflow = false, string line = "stable")
    {
        LanguageVersion version = LanguageVersion.Default;
        LanguageVersionFacts.TryParse(langVersion, out version);
        var parse = new CSharpParseOptions(version, preprocessorSymbols: new[] { "NET", "NET10_0", "NETCOREAPP", "RELEASE" });
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parse, f.Path)).ToList();
        var compilation = CSharpCompilation.Create("Probe", trees, NetReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, checkOverflow: checkOverflow,
                nullableContextOptions: NullableContextOptions.Enable));
        string folder = line == "preview" ? Path.Combine(ApiFolder, "preview") : ApiFolder;
        var additional = (lists ?? FirmwareLists).Select(l => (AdditionalText)new FileText(Path.Combine(folder, l + ".txt"))).ToImmutableArray();
        var global = new Dictionary<string, string>
        {
            ["build_property.NanoApiLine"] = line,
            ["build_property.NanoSemanticsNamespaces"] = semanticsNamespaces,
            ["build_property.LangVersion"] = langVersion,
        };
        var options = new AnalyzerOptions(additional, new Options(global));
        var analyzers = typeof(NanoApiAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        Exception? failure = null;
        CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options,
            (e, analyzer, _) => failure ??= new InvalidOperationException(analyzer.GetType().Name + " failed: " + e, e),
            concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var findings = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id).ToImmutableArray();
        // A crashed analyzer found nothing; that must fail the test, not pass it.
        if (failure != null) throw failure;
        return findings;
    }

    /// <summary>The .NET compile errors of a probe; a probe must be valid .NET code to say anything about nano.</summary>
    public static IEnumerable<Diagnostic> NetErrors(string source, string langVersion = "latest")
    {
        LanguageVersionFacts.TryParse(langVersion, out LanguageVersion version);
        var parse = new CSharpParseOptions(version);
        IEnumerable<SyntaxTree> trees = new[] { ("Probe.cs", source) }.Concat(AttributeFiles).Select(f => CSharpSyntaxTree.ParseText(f.Item2, parse, f.Item1));
        var compilation = CSharpCompilation.Create("Probe", trees, NetReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
    }

    private sealed class FileText : AdditionalText
    {
        public FileText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            SourceText.From(File.ReadAllText(Path), System.Text.Encoding.UTF8);
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions _global;
        private static readonly DictionaryOptions ApiFile = new DictionaryOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.NanoApi"] = "true" });
        private static readonly DictionaryOptions Empty = new DictionaryOptions(new Dictionary<string, string>());

        public Options(Dictionary<string, string> global) => _global = new DictionaryOptions(global);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ApiFile;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
