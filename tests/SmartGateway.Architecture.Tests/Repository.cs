using System.Xml.Linq;
using Shared = SmartGateway.Tests.Shared;

namespace SmartGateway.Architecture.Tests;

/// <summary>The production projects of the repository as their project files declare them.</summary>
internal static class Repository
{
    public static string Root => Shared.Repository.Root;

    /// <summary>Every project outside tests/, by project name.</summary>
    public static IReadOnlyDictionary<string, string> Projects { get; } = Directory
        .EnumerateFiles(Root, "*.csproj", SearchOption.AllDirectories)
        .Where(p => !Path.GetRelativePath(Root, p).StartsWith("tests" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .ToDictionary(p => Path.GetFileNameWithoutExtension(p), StringComparer.Ordinal);

    /// <summary>A project's references to other projects, including those its imported .props files add.</summary>
    public static IReadOnlyList<ProjectLink> References(string project)
    {
        var links = new List<ProjectLink>();
        Collect(Projects[project], links);
        return links;
    }

    /// <summary>The name of a project's output assembly (AssemblyName, else the project name).</summary>
    public static string AssemblyName(string project) =>
        XDocument.Load(Projects[project]).Descendants("AssemblyName").Select(e => e.Value).FirstOrDefault() ?? project;

    /// <summary>The configuration this test run was built with (bin/Release/net10.0 → Release).</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static void Collect(string file, List<ProjectLink> links)
    {
        string directory = Path.GetDirectoryName(file)!;
        string Resolve(string path) => Path.GetFullPath(
            path.Replace("$(MSBuildThisFileDirectory)", directory + Path.DirectorySeparatorChar, StringComparison.Ordinal).Replace('\\', Path.DirectorySeparatorChar),
            directory);
        var document = XDocument.Load(file);
        foreach (XElement reference in document.Descendants("ProjectReference"))
        {
            links.Add(new ProjectLink(
                Path.GetFileNameWithoutExtension(Resolve((string)reference.Attribute("Include")!)),
                !string.Equals((string?)reference.Attribute("ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase),
                string.Equals((string?)reference.Attribute("OutputItemType"), "Analyzer", StringComparison.Ordinal)));
        }
        foreach (XElement import in document.Descendants("Import"))
        {
            string imported = Resolve((string)import.Attribute("Project")!);
            if (File.Exists(imported) && imported.StartsWith(Root, StringComparison.Ordinal)) Collect(imported, links);
        }
    }
}

/// <summary>One ProjectReference: compiled against (the referenced assembly is used), or only built first, and whether as an analyzer.</summary>
internal sealed record ProjectLink(string Project, bool CompiledAgainst, bool Analyzer);
