using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SmartGateway.Architecture.Tests;

/// <summary>The projects reference each other only along the arrows of docs/ARCHITECTURE.md, in their project files and in the built assemblies.</summary>
public sealed class ReferenceGraphTests
{
    /// <summary>The net10.0 and netstandard2.0 projects whose built assemblies are checked (the nano builds compile sources in).</summary>
    public static TheoryData<string> Assemblies() =>
    [
        "SmartGateway.Runtime", "SmartGateway.Compiler", "SmartGateway.Cli", "SmartGateway.Generator", "SmartGateway.NanoAnalyzer",
        "SmartGateway.Devices", "SmartGateway.Simulator", "SmartGateway.Host",
    ];

    public static TheoryData<string> Projects() => [.. ReferenceGraph.Arrows.Keys];

    [Fact]
    public void EveryProductionProjectHasAPlaceInTheGraph()
    {
        Assert.Equal(ReferenceGraph.Arrows.Keys.Order(), Repository.Projects.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void AProjectCompilesOnlyAgainstProjectsItsArrowsReach(string project)
    {
        IReadOnlySet<string> allowed = ReferenceGraph.Reachable(project);
        string[] against = Repository.References(project).Where(l => l.CompiledAgainst).Select(l => l.Project).ToArray();
        Assert.All(against, referenced => Assert.Contains(referenced, allowed));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void AProjectBuiltButNotCompiledAgainstIsABuildToolOrShippedBeside(string project)
    {
        foreach (ProjectLink link in Repository.References(project).Where(l => !l.CompiledAgainst))
        {
            bool tool = link.Analyzer && ReferenceGraph.BuildTools.Contains(link.Project);
            Assert.True(tool || ReferenceGraph.ShippedBeside.Contains((project, link.Project)),
                $"{project} references {link.Project} neither as a build tool nor as an assembly shipped beside it");
        }
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void AnAssemblyReferencesOnlyAssembliesItsArrowsReach(string project)
    {
        var allowed = ReferenceGraph.Reachable(project).Select(Repository.AssemblyName).ToHashSet(StringComparer.Ordinal);
        string[] ours = AssemblyReferences(project).Where(IsOurs).ToArray();
        Assert.All(ours, referenced => Assert.Contains(referenced, allowed));
    }

    [Fact]
    public void TheHostRunsWithoutTheSimulatorAssembly()
    {
        Assert.DoesNotContain(AssemblyReferences("SmartGateway.Host"), name => name == "SmartGateway.Simulator");
        Assert.DoesNotContain(Repository.References("SmartGateway.Host"), l => l.Project == "SmartGateway.Simulator" && l.CompiledAgainst);
    }

    [Fact]
    public void TheRuntimeReferencesNothingOfOurs()
    {
        Assert.DoesNotContain(AssemblyReferences("SmartGateway.Runtime"), IsOurs);
    }

    private static bool IsOurs(string assembly) =>
        assembly.StartsWith("SmartGateway.", StringComparison.Ordinal) || Repository.Projects.Keys.Select(Repository.AssemblyName).Contains(assembly);

    private static IReadOnlyList<string> AssemblyReferences(string project)
    {
        string directory = Path.Combine(Path.GetDirectoryName(Repository.Projects[project])!, "bin", Repository.Configuration);
        string file = Path.Combine(Directory.GetDirectories(directory).Single(), Repository.AssemblyName(project) + ".dll");
        using FileStream stream = File.OpenRead(file);
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
    }
}
