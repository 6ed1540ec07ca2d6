using System.Text;
using SmartGateway.Compiler.Traces;
using SmartGateway.Generator.Model;

namespace SmartGateway.Generator;

/// <summary>A rule test's files from the project's additional files: the generator reads nothing from the disk.</summary>
internal sealed class ProjectRuleTestFiles : IRuleTestFiles
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    public ProjectRuleTestFiles(IEnumerable<AdditionalFileText> files)
    {
        foreach (AdditionalFileText f in files) _texts[Normalize(f.Path)] = f.Text;
    }

    public byte[]? Read(string path, out string error)
    {
        error = "not an additional file of this project (add it beside the rule test that names it)";
        return _texts.TryGetValue(Normalize(path), out string? text) ? new UTF8Encoding(false).GetBytes(text) : null;
    }

    public string Display(string path) => path;

    /// <summary>The text of a file the tests named, for placing a finding in it.</summary>
    public string? Text(string path) => _texts.TryGetValue(Normalize(path), out string? text) ? text : null;

    private static string Normalize(string path) => Path.GetFullPath(path);
}
