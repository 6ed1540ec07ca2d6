using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using SmartGateway.Tests.Shared;

namespace SmartGateway.Generator.Tests;

/// <summary>
/// The generator in a real `dotnet build` of a throwaway project that references it as an analyzer
/// (OutputItemType="Analyzer"): a rule error fails the build at the rule file's line and column, and a
/// good rule file's embedded image is byte-for-byte what `sgc compile` writes.
/// </summary>
public sealed class BuildTests : IDisposable
{
    private static readonly string Configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
    private readonly string _dir = Directory.CreateTempSubdirectory("sg-generator-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void RuleErrorFailsTheBuildAtTheRuleFilesLineAndColumn()
    {
        WriteProject();
        string rules = Path.Combine(_dir, "bad.sgr");
        File.WriteAllText(rules, "# a typo in an input path\nautomation \"Boiler\" on change {\n  when ir.left.PP > 2 kW\n  then bicom rs485.32 on\n}\n");

        (int code, string output) = Run("dotnet", "build", Path.Combine(_dir, "App.csproj"), "-c", Configuration, "-nodeReuse:false", "-p:UseSharedCompilation=false", "--no-dependencies");

        Assert.NotEqual(0, code);
        Assert.Contains($"{rules}(3,8): error SG1001: unknown input \"ir.left.PP\"", output);
    }

    [Fact]
    public void EmbeddedImagesEqualWhatSgcWrites()
    {
        WriteProject();
        string repo = Repository.Root;
        string dsl = Path.Combine(_dir, "boiler.sgr");
        File.Copy(Path.Combine(repo, "rules", "examples", "pv-surplus.sgr"), dsl);
        string json = Path.Combine(_dir, "hvac.rules.json");
        (int fmtCode, string hvacJson) = Run("dotnet", Sgc(), "fmt", "--json", Path.Combine(repo, "rules", "examples", "hvac.sgr"));
        Assert.True(fmtCode == 0, hvacJson);
        File.WriteAllText(json, hvacJson);
        string tariff = Path.Combine(_dir, "hep.tariff.json");
        File.Copy(Path.Combine(repo, "rules", "tariffs", "croatia-hep-bijeli.json"), tariff);

        (int code, string output) = Run("dotnet", "build", Path.Combine(_dir, "App.csproj"), "-c", Configuration, "-nodeReuse:false", "-p:UseSharedCompilation=false", "--no-dependencies");
        Assert.True(code == 0, output);

        var context = new AssemblyLoadContext("app", isCollectible: true);
        try
        {
            Assembly app = context.LoadFromAssemblyPath(Path.Combine(_dir, "bin", Configuration, "net10.0", "App.dll"));
            Assert.Equal(SgcOutput("compile", dsl, "boiler.sgb"), Image(app, "BoilerRules"));
            Assert.Equal(SgcOutput("compile", json, "hvac.sgb"), Image(app, "HvacRules"));
            Assert.Equal(SgcOutput("tariff", tariff, "hep.sgtc"), Image(app, "HepTariff"));
        }
        finally
        {
            context.Unload();
        }
    }

    private static byte[] Image(Assembly app, string className) =>
        (byte[])app.GetType("SmartGateway.Generated." + className)!.GetField("Image")!.GetValue(null)!;

    /// <summary>The bytes `sgc COMMAND SOURCE -o TARGET` writes.</summary>
    private byte[] SgcOutput(string command, string source, string target)
    {
        string path = Path.Combine(_dir, target);
        (int code, string output) = Run("dotnet", Sgc(), command, source, "-o", path);
        Assert.True(code == 0, output);
        return File.ReadAllBytes(path);
    }

    private void WriteProject()
    {
        string generator = Path.Combine(Repository.Root, "compiler", "SmartGateway.Generator", "SmartGateway.Generator.csproj");
        File.WriteAllText(Path.Combine(_dir, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{generator}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <AdditionalFiles Include="*.sgr;*.rules.json;*.tariff.json" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_dir, "Marker.cs"), "namespace App;\n\ninternal static class Marker;\n");
    }

    /// <summary>sgc as built beside these tests (the project reference builds it in the same configuration).</summary>
    private static string Sgc() => Path.Combine(Repository.Root, "compiler", "SmartGateway.Cli", "bin", Configuration, "net10.0", "sgc.dll");

    private (int Code, string Output) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _dir };
        foreach (string a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using Process p = Process.Start(start)!;
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException(file + " " + string.Join(" ", args) + " did not finish in 3 minutes");
        }
        return (p.ExitCode, stdout + stderr.Result);
    }
}
