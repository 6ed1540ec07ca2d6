using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SmartGateway.Generator.Tests;

/// <summary>An additional file held in memory, as the IDE or the build hands it to the generator.</summary>
internal sealed class InMemoryText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}

/// <summary>Runs the generator the way the compiler does, on an empty C# compilation.</summary>
internal static class GeneratorHarness
{
    public static CSharpCompilation EmptyCompilation() => CSharpCompilation.Create("Rules",
        [CSharpSyntaxTree.ParseText("namespace App { internal static class Marker { } }")],
        Basic.References(),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static GeneratorDriver Driver(params AdditionalText[] files) =>
        CSharpGeneratorDriver.Create(
            [new RulesGenerator().AsSourceGenerator()],
            additionalTexts: files,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorDriverRunResult Run(params AdditionalText[] files) =>
        Driver(files).RunGenerators(EmptyCompilation()).GetRunResult();
}

/// <summary>The framework's reference assemblies (the running runtime's), enough to compile generated code.</summary>
internal static class Basic
{
    private static readonly ImmutableArray<MetadataReference> All =
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator)
            .Where(p => System.IO.Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];

    public static ImmutableArray<MetadataReference> References() => All;
}
