using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SmartGateway.NanoAnalyzer.Tests;

/// <summary>
/// runtime/ and firmware/ compiled against nanoFramework's real mscorlib 1.17.11 and the build-time stubs of the
/// other packages, as runtime/SmartGateway.Runtime.Nano and firmware/SmartGateway.Firmware.Nano build them.
/// </summary>
public class RealCoreLibraryTests
{
    [Fact]
    public void RuntimeStubsCompileOnTheirOwnAgainstTheRealMscorlib() => AssertNoErrors(RealCompile.Stubs(RealCompile.RuntimeStubLists));

    [Fact]
    public void FirmwareStubsCompileOnTheirOwnAgainstTheRealMscorlib() => AssertNoErrors(RealCompile.Stubs(RealCompile.FirmwareStubLists));

    [Theory]
    [InlineData("runtime", "System.DateTime t = System.DateTime.Now;", "CS0117")]
    [InlineData("runtime", "long n = 0; System.Threading.Interlocked.Increment(ref n);", "CS1503")]
    [InlineData("firmware", "System.DateTime t = System.DateTime.Now;", "CS0117")]
    [InlineData("firmware", "long n = 0; System.Threading.Interlocked.Increment(ref n);", "CS1503")]
    [InlineData("firmware", "new System.IO.Ports.SerialPort(\"COM1\").DiscardInBuffer();", "CS1061")]
    public void AMemberNanoFrameworkLacksFailsTheBuildAtItsLine(string tree, string statement, string id)
    {
        const string violation = "Violation.cs";
        string source = "namespace SmartGateway.Probe\n{\n    internal static class Violation\n    {\n        internal static void Run()\n        {\n            "
            + statement + "\n        }\n    }\n}\n";
        IEnumerable<(string, string)> files = Sources(tree).Append((violation, source));
        ImmutableArray<Diagnostic> diagnostics = RealCompile.Compile(files, RealCompile.Stubs(tree == "runtime" ? RealCompile.RuntimeStubLists : RealCompile.FirmwareStubLists), Nullable(tree));
        // Everything else compiles clean, so the build fails for this line alone, with the compiler's own error.
        Assert.All(diagnostics, d => Assert.Equal(violation, d.Location.SourceTree?.FilePath));
        Assert.Contains(diagnostics, d => d.Id == id && d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().StartLinePosition.Line == 6);
    }

    [Fact]
    public void AStubParameterCarriesTheListsDefault()
    {
        INamedTypeSymbol port = RealCompile.Stubs(new[] { "System.IO.Ports" }).GetTypeByMetadataName("System.IO.Ports.SerialPort")!;
        IMethodSymbol ctor = port.InstanceConstructors.Single(c => c.Parameters.Length == 5 && c.DeclaredAccessibility == Accessibility.Public);
        Assert.Equal(new object?[] { 9600, 0, 8, 1 }, ctor.Parameters.Skip(1).Select(p => p.ExplicitDefaultValue));
    }

    [Fact]
    public void UsingAnObsoleteStubMemberWarnsAsTheRealAssemblyDoes()
    {
        Compilation stubs = RealCompile.Stubs(new[] { "System.Net" });
        ImmutableArray<Diagnostic> diagnostics = RealCompile.Compile(new[] { ("Use.cs", "class Use { void Run(System.Net.NetworkInformation.NetworkInterface n) { n.EnableAutomaticDns(); } }") },
            stubs, NullableContextOptions.Disable);
        Assert.Contains(diagnostics, d => d.Id == "CS0612");
    }

    [Fact]
    public void StubAttributesApplyWhereTheRealOnesDo()
    {
        // nanoFramework.WebServer: [Route] may repeat on a method, [Method] is for methods only.
        Compilation stubs = RealCompile.Stubs(new[] { "System.Net", "System.Net.Http.Server", "nanoFramework.WebServer" });
        const string controller = "class Api { [nanoFramework.WebServer.Route(\"a\")] [nanoFramework.WebServer.Route(\"b\")] [nanoFramework.WebServer.Method(\"GET\")] public void Get(nanoFramework.WebServer.WebServerEventArgs e) { } }";
        Assert.Empty(RealCompile.Compile(new[] { ("Api.cs", controller) }, stubs, NullableContextOptions.Disable));
        ImmutableArray<Diagnostic> misplaced = RealCompile.Compile(new[] { ("Api.cs", "[nanoFramework.WebServer.Method(\"GET\")] class Api { }") }, stubs, NullableContextOptions.Disable);
        Assert.Contains(misplaced, d => d.Id == "CS0592");
    }

    [Fact]
    public void StubsImplementWhatTheListsLeaveOut()
    {
        // Explicit interface implementations and protected overrides on sealed classes are not public API, so no
        // list names them; the real types have them, and so must the stubs for a class to compile at all.
        Compilation stubs = RealCompile.Stubs(RealCompile.FirmwareStubLists);
        INamedTypeSymbol socket = stubs.GetTypeByMetadataName("System.Net.Sockets.Socket")!;
        var dispose = (IMethodSymbol)stubs.GetSpecialType(SpecialType.System_IDisposable).GetMembers("Dispose").Single();
        Assert.NotNull(socket.FindImplementationForInterfaceMember(dispose));
        INamedTypeSymbol file = stubs.GetTypeByMetadataName("System.IO.FileInfo")!;
        Assert.Contains(file.GetMembers("HandleRefreshError"), m => m.IsOverride && m.DeclaredAccessibility == Accessibility.Protected);
    }

    private static void AssertNoErrors(Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    private static IEnumerable<(string Path, string Text)> Sources(string tree) =>
        tree == "runtime"
            ? RealCompile.SourceFiles(RealCompile.RuntimeFolder)
            : RealCompile.SourceFiles(RealCompile.RuntimeFolder).Concat(RealCompile.SourceFiles(RealCompile.FirmwareFolder)).Concat(FirmwareGenerated.Sources);

    /// <summary>As the projects: the runtime is nullable-checked, the firmware (like its .nfproj) reads annotations only.</summary>
    private static NullableContextOptions Nullable(string tree) =>
        tree == "runtime" ? NullableContextOptions.Enable : NullableContextOptions.Annotations;
}
