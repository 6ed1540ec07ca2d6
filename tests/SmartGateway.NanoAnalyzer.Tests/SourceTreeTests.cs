using System.Xml.Linq;
using SmartGateway.Tests.Shared;

namespace SmartGateway.NanoAnalyzer.Tests;

/// <summary>The repository's shared source passes the check with the settings its project file gives.</summary>
public class SourceTreeTests
{
    private static string Runtime => Path.Combine(Repository.Root, "runtime", "SmartGateway.Runtime");

    [Fact]
    public void EveryRuntimeFilePassesAsInTheBuild()
    {
        string[] lists = Property(Path.Combine(Runtime, "SmartGateway.Runtime.csproj"), "NanoApiLists").Split(';');
        string semantics = Property(Path.Combine(Runtime, "SmartGateway.Runtime.csproj"), "NanoSemanticsNamespaces");
        string langVersion = Property(Path.Combine(Runtime, "SmartGateway.Runtime.csproj"), "LangVersion");
        var files = SourceFiles(Runtime).ToList();
        Assert.True(files.Count > 10, "runtime sources not found under " + Runtime);
        System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> findings = NanoCheck.RunFiles(files, semantics, lists, langVersion);
        Assert.True(findings.Length == 0, Findings.Describe(findings));
    }

    [Fact]
    public void RuntimeAndFirmwarePassCompiledOnlyAgainstTheStubs()
    {
        // Firmware files use nano-only APIs and have no .NET build: they are checked with the stubs alone,
        // together with the runtime files they link, against the list set and settings of the .nfproj.
        System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> findings = CheckFirmware(FirmwareSources());
        Assert.True(findings.Length == 0, Findings.Describe(findings));
    }

    [Fact]
    public void FirmwareCheckCoversTheApplicationWithItsPackages()
    {
        var files = SourceFiles(Path.Combine(Repository.Root, "firmware")).Select(f => f.Path).ToList();
        Assert.True(files.Count >= 20, "firmware sources not found");
        string[] lists = FirmwareLists();
        foreach (string package in new[] { "System.IO.Ports", "nanoFramework.M2Mqtt", "nanoFramework.WebServer", "System.Net", "System.Device.Gpio",
            "System.Device.Adc", "System.Device.Wifi", "System.IO.FileSystem", "nanoFramework.Runtime.Native", "nanoFramework.Networking.Sntp",
            "nanoFramework.Hardware.Esp32", "nanoFramework.Json" })
            Assert.Contains(package, lists);
    }

    [Theory]
    [InlineData("System.Collections.Generic.List<int> l = new System.Collections.Generic.List<int>();", "NANO001")]
    [InlineData("var p = new System.IO.Ports.SerialPort(\"COM3\"); p.DiscardInBuffer();", "NANO001")]
    [InlineData("string s = \"a\".Replace(\"a\", \"b\");", "NANO001")]
    [InlineData("int x = 1; int y = checked(x + 1);", "NANO007")]
    [InlineData("long w = 5; string s = w.ToString(\"0.00\");", "NANO010")]
    [InlineData("System.DateTime t = System.DateTime.Now;", "NANO001")]
    public void FirmwareCheckFailsOnADeliberateViolation(string statement, string id)
    {
        string violation = "namespace SmartGateway.Firmware\n{\n    static class Violation\n    {\n        static void Run()\n        {\n            " + statement + "\n        }\n    }\n}\n";
        var files = FirmwareSources().Append(new KeyValuePair<string, string>("firmware/Violation.cs", violation)).ToList();
        System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> findings = CheckFirmware(files);
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal("firmware/Violation.cs", f.Location.SourceTree?.FilePath));
        Assert.Contains(findings, f => f.Id == id);
    }

    private static string Firmware => Path.Combine(Repository.Root, "firmware", "SmartGateway.Firmware", "SmartGateway.Firmware.nfproj");

    private static string[] FirmwareLists() => Property(Firmware, "NanoApiLists").Split(';');

    private static List<KeyValuePair<string, string>> FirmwareSources() =>
        SourceFiles(Runtime).Concat(SourceFiles(Path.Combine(Repository.Root, "firmware"))).Concat(FirmwareGenerated.Sources)
            .Select(f => new KeyValuePair<string, string>(f.Path, f.Text)).ToList();

    private static System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> CheckFirmware(IEnumerable<KeyValuePair<string, string>> files)
    {
        IEnumerable<KeyValuePair<string, string>> lists = FirmwareLists().Select(l => new KeyValuePair<string, string>(l + ".txt", File.ReadAllText(Path.Combine(NanoCheck.ApiFolder, l + ".txt"))));
        return NanoSourceCheck.Run(files, lists, Property(Firmware, "NanoSemanticsNamespaces").Split(';'), Property(Firmware, "LangVersion"));
    }

    [Fact]
    public void StubRouteAloneFindsAViolationInFirmwareStyleCode()
    {
        KeyValuePair<string, string>[] files = new[]
        {
            new KeyValuePair<string, string>("Port.cs", "namespace Fw\n{\n    class Port\n    {\n        void Open() { var p = new System.IO.Ports.SerialPort(\"COM2\", 9600); p.Mode = System.IO.Ports.SerialMode.RS485; p.Open(); string s = \"a\".Replace(\"a\", \"b\"); }\n    }\n}\n"),
        };
        IEnumerable<KeyValuePair<string, string>> lists = DefaultLists().Select(l => new KeyValuePair<string, string>(l + ".txt", File.ReadAllText(Path.Combine(NanoCheck.ApiFolder, l + ".txt"))));
        System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> findings = NanoSourceCheck.Run(files, lists, Array.Empty<string>(), "9.0");
        Assert.Single(findings);
        findings.ToList().Reported("NANO001", "Replace");
    }

    [Fact]
    public void HotPathCallingFrameworkMethodsIsCheckedAgainstTheStubs()
    {
        KeyValuePair<string, string>[] files = new[]
        {
            new KeyValuePair<string, string>("Tick.cs", "namespace Fw\n{\n    [System.AttributeUsage(System.AttributeTargets.Method)] sealed class NanoHotPathAttribute : System.Attribute { }\n    class Loop\n    {\n        [NanoHotPath] int Tick(string s) { int n = System.Math.Abs(-3); return n + s.Substring(1).Length; }\n    }\n}\n"),
        };
        IEnumerable<KeyValuePair<string, string>> lists = DefaultLists().Select(l => new KeyValuePair<string, string>(l + ".txt", File.ReadAllText(Path.Combine(NanoCheck.ApiFolder, l + ".txt"))));
        System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> findings = NanoSourceCheck.Run(files, lists, Array.Empty<string>(), "9.0");
        Assert.Single(findings);
        findings.ToList().Reported("NANO015", "string.Substring");
    }

    /// <summary>NanoCheck.props' default NanoApiLists: the firmware's set.</summary>
    private static string[] DefaultLists() =>
        Property(Path.Combine(Repository.Root, "compiler", "SmartGateway.NanoAnalyzer", "build", "NanoCheck.props"), "NanoApiLists").Split(';');

    /// <summary>A property of a project file, SDK-style or classic (the .nfproj has the MSBuild XML namespace).</summary>
    private static string Property(string projectFile, string name) =>
        XDocument.Load(projectFile).Descendants().First(e => e.Name.LocalName == name).Value.Trim();

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
