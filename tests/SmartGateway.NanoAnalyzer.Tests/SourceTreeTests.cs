using System.Xml.Linq;

namespace SmartGateway.NanoAnalyzer.Tests;

/// <summary>The repository's shared source passes the check with the settings its project file gives.</summary>
public class SourceTreeTests
{
    private static string Runtime => Path.Combine(NanoCheck.RepoRoot, "runtime", "SmartGateway.Runtime");

    [Fact]
    public void EveryRuntimeFilePassesAsInTheBuild()
    {
        string[] lists = Property(Path.Combine(Runtime, "SmartGateway.Runtime.csproj"), "NanoApiLists").Split(';');
        string semantics = Property(Path.Combine(Runtime, "SmartGateway.Runtime.csproj"), "NanoSemanticsNamespaces");
        string langVersion = Property(Path.Combine(Runtime, "SmartGateway.Runtime.csproj"), "LangVersion");
        var files = SourceFiles(Runtime).ToList();
        Assert.True(files.Count > 10, "runtime sources not found under " + Runtime);
        var findings = NanoCheck.RunFiles(files, semantics, lists, langVersion);
        Assert.True(findings.Length == 0, Findings.Describe(findings));
    }

    [Fact]
    public void RuntimeAndFirmwarePassCompiledOnlyAgainstTheStubs()
    {
        // Firmware files use nano-only APIs and have no .NET build: they are checked with the stubs alone,
        // together with the runtime files they link, against the firmware's list set.
        var files = SourceFiles(Runtime).Concat(SourceFiles(Path.Combine(NanoCheck.RepoRoot, "firmware")))
            .Select(f => new KeyValuePair<string, string>(f.Path, f.Text)).ToList();
        var lists = DefaultLists().Select(l => new KeyValuePair<string, string>(l + ".txt", File.ReadAllText(Path.Combine(NanoCheck.ApiFolder, l + ".txt"))));
        var findings = NanoSourceCheck.Run(files, lists, new[] { "SmartGateway.Runtime" }, "10.0");
        Assert.True(findings.Length == 0, Findings.Describe(findings));
    }

    [Fact]
    public void StubRouteAloneFindsAViolationInFirmwareStyleCode()
    {
        var files = new[]
        {
            new KeyValuePair<string, string>("Port.cs", "namespace Fw\n{\n    class Port\n    {\n        void Open() { var p = new System.IO.Ports.SerialPort(\"COM2\", 9600); p.Mode = System.IO.Ports.SerialMode.RS485; p.Open(); string s = \"a\".Replace(\"a\", \"b\"); }\n    }\n}\n"),
        };
        var lists = DefaultLists().Select(l => new KeyValuePair<string, string>(l + ".txt", File.ReadAllText(Path.Combine(NanoCheck.ApiFolder, l + ".txt"))));
        var findings = NanoSourceCheck.Run(files, lists, Array.Empty<string>(), "9.0");
        Assert.Single(findings);
        findings.ToList().Reported("NANO001", "Replace");
    }

    [Fact]
    public void HotPathCallingFrameworkMethodsIsCheckedAgainstTheStubs()
    {
        var files = new[]
        {
            new KeyValuePair<string, string>("Tick.cs", "namespace Fw\n{\n    [System.AttributeUsage(System.AttributeTargets.Method)] sealed class NanoHotPathAttribute : System.Attribute { }\n    class Loop\n    {\n        [NanoHotPath] int Tick(string s) { int n = System.Math.Abs(-3); return n + s.Substring(1).Length; }\n    }\n}\n"),
        };
        var lists = DefaultLists().Select(l => new KeyValuePair<string, string>(l + ".txt", File.ReadAllText(Path.Combine(NanoCheck.ApiFolder, l + ".txt"))));
        var findings = NanoSourceCheck.Run(files, lists, Array.Empty<string>(), "9.0");
        Assert.Single(findings);
        findings.ToList().Reported("NANO015", "string.Substring");
    }

    /// <summary>NanoCheck.props' default NanoApiLists: the firmware's set.</summary>
    private static string[] DefaultLists() =>
        Property(Path.Combine(NanoCheck.RepoRoot, "compiler", "SmartGateway.NanoAnalyzer", "build", "NanoCheck.props"), "NanoApiLists").Split(';');

    private static string Property(string projectFile, string name) =>
        XDocument.Load(projectFile).Descendants(name).First().Value.Trim();

    private static IEnumerable<(string Path, string Text)> SourceFiles(string folder)
    {
        if (!Directory.Exists(folder)) return Enumerable.Empty<(string, string)>();
        char sep = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(sep + "bin" + sep) && !f.Contains(sep + "obj" + sep))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f)));
    }
}
