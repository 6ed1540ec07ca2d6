using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Syntax.Json;

namespace SmartGateway.Compiler.Traces;

/// <summary>
/// A rule test as <see cref="RuleTestReader"/> read it: the rule set and tariff calendar it names (full paths
/// and bytes, still to be compiled), the trace, and the expected actions in order.
/// </summary>
public sealed record RuleTestCase(
    string Path,
    string RulesPath,
    byte[] RulesSource,
    SourceSpan RulesSpan,
    string? TariffsPath,
    byte[]? TariffsSource,
    Trace Trace,
    IReadOnlyList<JNode> Expected)
{
    /// <summary>The test's name: its file name without <c>.test.json</c>.</summary>
    public string Name
    {
        get
        {
            string file = System.IO.Path.GetFileName(Path);
            return file.EndsWith(RuleTestReader.Suffix, StringComparison.OrdinalIgnoreCase) ? file.Substring(0, file.Length - RuleTestReader.Suffix.Length) : file;
        }
    }
}
