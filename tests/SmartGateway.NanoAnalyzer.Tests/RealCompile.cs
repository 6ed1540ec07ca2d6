using System.Collections.Immutable;
using System.Reflection;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SmartGateway.NanoAnalyzer.Stubs;
using SmartGateway.Tests.Shared;

namespace SmartGateway.NanoAnalyzer.Tests;

/// <summary>
/// The real-compile projects (runtime/SmartGateway.Runtime.Nano, firmware/SmartGateway.Firmware.Nano) in memory:
/// nanoFramework's real mscorlib.dll, stubs of the other packages made by <see cref="NanoStubGenerator"/> exactly
/// as their stub projects make them, and the projects' settings (C# 10, NANOFRAMEWORK_1_0, nullable).
/// </summary>
internal static class RealCompile
{
    private static readonly Lazy<MetadataReference> Mscorlib = new Lazy<MetadataReference>(() => MetadataReference.CreateFromFile(MscorlibPath));

    /// <summary>mscorlib.dll of nanoFramework.CoreLibrary, downloaded by the test project (NanoCoreLibrary.props).</summary>
    public static string MscorlibPath =>
        typeof(RealCompile).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "NanoMscorlib").Value!;

    public static MetadataReference RealMscorlib => Mscorlib.Value;

    public static string RuntimeFolder => Path.Combine(Repository.Root, "runtime", "SmartGateway.Runtime");

    public static string FirmwareFolder => Path.Combine(Repository.Root, "firmware", "SmartGateway.Firmware");

    /// <summary>The stub lists a stub project takes from the project it serves: its NanoApiLists less the mscorlib ones.</summary>
    public static string[] StubLists(string projectFile) =>
        XDocument.Load(projectFile).Descendants().First(e => e.Name.LocalName == "NanoApiLists").Value.Trim()
            .Split(';').Where(l => l != "mscorlib" && l != "mscorlib.NoReflection").ToArray();

    public static string[] RuntimeStubLists => StubLists(Path.Combine(RuntimeFolder, "SmartGateway.Runtime.csproj"));

    public static string[] FirmwareStubLists => StubLists(Path.Combine(FirmwareFolder, "SmartGateway.Firmware.nfproj"));

    /// <summary>The stub project's compilation after the generator ran: its errors are the stubs' own.</summary>
    public static Compilation Stubs(string[] lists)
    {
        var empty = CSharpCompilation.Create("Stubs", Array.Empty<SyntaxTree>(), new[] { RealMscorlib },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var texts = lists.Select(l => (AdditionalText)new ListFile(Path.Combine(NanoCheck.ApiFolder, l + ".txt"))).ToImmutableArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new NanoStubGenerator().AsSourceGenerator() }, texts,
            new CSharpParseOptions(LanguageVersion.CSharp10), new StubOptions());
        driver.RunGeneratorsAndUpdateCompilation(empty, out Compilation stubs, out _);
        return stubs;
    }

    /// <summary>Errors and warnings (the projects treat warnings as errors) of source files compiled against mscorlib and the stubs.</summary>
    public static ImmutableArray<Diagnostic> Compile(IEnumerable<(string Path, string Text)> files, Compilation stubs, NullableContextOptions nullable)
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp10, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0", "TRACE" });
        IEnumerable<SyntaxTree> trees = files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text), parse, f.Path));
        var compilation = CSharpCompilation.Create("Nano", trees, new[] { RealMscorlib, stubs.ToMetadataReference() },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable));
        return compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
    }

    public static IEnumerable<(string Path, string Text)> SourceFiles(string folder)
    {
        char sep = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(sep + "bin" + sep) && !f.Contains(sep + "obj" + sep))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f)));
    }

    private sealed class ListFile : AdditionalText
    {
        public ListFile(string path) => Path = path;

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
    }

    /// <summary>NanoStubs.props' item metadata: every additional file is a stub list.</summary>
    private sealed class StubOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Values Stub = new Values(true);
        private static readonly Values None = new Values(false);

        public override AnalyzerConfigOptions GlobalOptions => None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Stub;

        private sealed class Values : AnalyzerConfigOptions
        {
            private readonly bool _stub;

            public Values(bool stub) => _stub = stub;

            public override bool TryGetValue(string key, out string value)
            {
                value = _stub && key == "build_metadata.AdditionalFiles.NanoStub" ? "true" : "";
                return value.Length > 0;
            }
        }
    }
}
