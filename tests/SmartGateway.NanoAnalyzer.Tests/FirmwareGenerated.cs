using System.Collections.Immutable;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SmartGateway.Generator;

namespace SmartGateway.NanoAnalyzer.Tests;

/// <summary>
/// The firmware's generated sources (rule and tariff classes, SmartGateway.Generated.GoldenTraces) as its build makes
/// them: SmartGateway.Generator run over the additional files firmware/SmartGateway.Firmware/GoldenTraces.props names.
/// </summary>
internal static class FirmwareGenerated
{
    private static readonly Lazy<IReadOnlyList<(string Path, string Text)>> Generated = new(Generate);

    public static IReadOnlyList<(string Path, string Text)> Sources => Generated.Value;

    private static IReadOnlyList<(string Path, string Text)> Generate()
    {
        string folder = RealCompile.FirmwareFolder + Path.DirectorySeparatorChar;
        var files = new List<AdditionalText>();
        foreach (XElement item in XDocument.Load(Path.Combine(folder, "GoldenTraces.props")).Descendants().Where(e => e.Name.LocalName == "AdditionalFiles"))
        {
            foreach (string pattern in item.Attribute("Include")!.Value.Split(';'))
            {
                string path = Path.GetFullPath(pattern.Replace("$(MSBuildThisFileDirectory)", folder).Replace('\\', Path.DirectorySeparatorChar));
                foreach (string file in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path)).Order(StringComparer.Ordinal))
                    files.Add(new FileText(file));
            }
        }
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new RulesGenerator().AsSourceGenerator(), new GoldenTraceGenerator().AsSourceGenerator() }, files);
        GeneratorDriverRunResult run = driver.RunGenerators(CSharpCompilation.Create("Firmware")).GetRunResult();
        var errors = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException(string.Join("\n", errors));
        return run.GeneratedTrees.Select(t => (t.FilePath, t.GetText().ToString())).ToImmutableArray();
    }

    private sealed class FileText : AdditionalText
    {
        public FileText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
    }
}
