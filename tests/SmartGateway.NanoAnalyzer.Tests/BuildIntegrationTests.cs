using System.Diagnostics;
using SmartGateway.Tests.Shared;

namespace SmartGateway.NanoAnalyzer.Tests;

/// <summary>
/// The check as wired for real: a project importing build/NanoCheck.props, built by `dotnet build`,
/// fails at the offending line naming the member.
/// </summary>
public class BuildIntegrationTests
{
    [Fact]
    public void DotnetBuildOfAProjectImportingNanoCheckFailsNamingTheMember()
    {
        string dir = Path.Combine(Path.GetTempPath(), "nano-build-probe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string props = Path.Combine(Repository.Root, "compiler", "SmartGateway.NanoAnalyzer", "build", "NanoCheck.props");
            File.WriteAllText(Path.Combine(dir, "Probe.csproj"),
                "<Project Sdk=\"Microsoft.NET.Sdk\">\n" +
                "  <PropertyGroup>\n" +
                "    <TargetFramework>net10.0</TargetFramework>\n" +
                "    <ImplicitUsings>disable</ImplicitUsings>\n" +
                "    <LangVersion>10.0</LangVersion>\n" +
                "    <NanoApiLists>mscorlib;System.Text;System.Collections;System.Math</NanoApiLists>\n" +
                "    <NanoSemanticsNamespaces>Probe</NanoSemanticsNamespaces>\n" +
                "  </PropertyGroup>\n" +
                "  <Import Project=\"" + props + "\" />\n" +
                "</Project>\n");
            File.WriteAllText(Path.Combine(dir, "Text.cs"),
                "namespace Probe;\n\npublic static class Text\n{\n    public static string Clean(string s) => s.Replace(\"a\", \"b\");\n}\n");

            (int exit, string output) = Build(Path.Combine(dir, "Probe.csproj"));

            Assert.True(exit != 0, "build passed:\n" + output);
            Assert.True(output.Contains("Text.cs(5,47): error NANO001: 'string.Replace(string, string)' is not available on nanoFramework 1.x", StringComparison.Ordinal), output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static (int Exit, string Output) Build(string project)
    {
        // Same configuration as this test run, so the analyzer project is already up to date.
        string configuration = AppContext.BaseDirectory.Contains(Path.DirectorySeparatorChar + "Release" + Path.DirectorySeparatorChar) ? "Release" : "Debug";
        var start = new ProcessStartInfo("dotnet", "build \"" + project + "\" -c " + configuration + " -nologo -v:q -nodeReuse:false")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet build did not finish in 180 s");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
