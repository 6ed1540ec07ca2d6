using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SmartGateway.NanoAnalyzer.Stubs;

namespace SmartGateway.NanoAnalyzer.Tests;

/// <summary>The stub core library generated from the API lists.</summary>
public class StubLibraryTests
{
    private static List<KeyValuePair<string, SourceText>> Lists(params string[] names) =>
        names.Select(n => new KeyValuePair<string, SourceText>(n + ".txt", SourceText.From(File.ReadAllText(Path.Combine(NanoCheck.ApiFolder, n + ".txt"))))).ToList();

    [Fact]
    public void SameListsReuseOneCompiledLibrary() =>
        Assert.Same(StubLibrary.Get(Lists("mscorlib", "System.Text")), StubLibrary.Get(Lists("mscorlib", "System.Text")));

    [Fact]
    public void DifferentListsGetDifferentLibraries() =>
        Assert.NotSame(StubLibrary.Get(Lists("mscorlib")), StubLibrary.Get(Lists("mscorlib", "System.Text")));

    [Fact]
    public void EveryListedTypeOfTheFirmwareSetIsDeclared()
    {
        var library = StubLibrary.Get(Lists(NanoCheck.FirmwareLists));
        var missing = new List<string>();
        foreach (string name in NanoCheck.FirmwareLists)
        {
            foreach (string line in File.ReadLines(Path.Combine(NanoCheck.ApiFolder, name + ".txt")))
            {
                string[] f = line.Split('|');
                if (f.Length != 7 || f[1] != "type") continue;
                // The docid names the metadata type: T:System.Action`2, T:System.Uri.Flags (nested: '+' in metadata).
                string metadataName = f[5].Substring(2);
                if (library.Compilation.GetTypeByMetadataName(metadataName) == null && library.Compilation.GetTypeByMetadataName(NestedName(metadataName, f[4])) == null)
                    missing.Add(metadataName);
            }
        }
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("stable")]
    [InlineData("preview")]
    public void EveryListedTypeAndMemberHasItsExactDocId(string line)
    {
        // Signatures are exact when the stub declares a symbol with the list's own documentation id.
        // Every list of the line, one flavour of each alternative pair.
        string folder = line == "preview" ? Path.Combine(NanoCheck.ApiFolder, "preview") : NanoCheck.ApiFolder;
        string[] alternates = { "mscorlib.NoReflection.txt", "System.Net.Http.Client.txt", "nanoFramework.WebServer.FileSystem.txt" };
        var lists = Directory.GetFiles(folder, "*.txt").Where(p => !alternates.Contains(Path.GetFileName(p))).OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new KeyValuePair<string, SourceText>(Path.GetFileName(p), SourceText.From(File.ReadAllText(p)))).ToList();
        Assert.True(lists.Count >= 18, "lists not found in " + folder);
        Compilation stub = StubLibrary.Get(lists).Compilation;
        var declared = new HashSet<string>(StringComparer.Ordinal);
        Collect(stub.Assembly.GlobalNamespace, declared);
        var missing = new List<string>();
        foreach (KeyValuePair<string, SourceText> list in lists)
        {
            foreach (TextLine text in list.Value.Lines)
            {
                string[] f = text.ToString().Split('|');
                if (f.Length != 7) continue;
                if (!declared.Contains(f[5])) missing.Add(f[5]);
            }
        }
        Assert.True(missing.Count == 0, missing.Count + " missing, e.g.\n" + string.Join("\n", missing.Take(20)));
    }

    [Fact]
    public void StringIndexerKeepsItsMetadataNameChars()
    {
        INamedTypeSymbol s = StubLibrary.Get(Lists("mscorlib")).Compilation.GetSpecialType(SpecialType.System_String);
        Assert.Contains(s.GetMembers(), m => m is IPropertySymbol { IsIndexer: true, MetadataName: "Chars" });
    }

    [Theory]
    [InlineData("delegate void Check(bool c); static class Use { static Check Run() => System.Diagnostics.Debug.Assert; }", "CS1618")]
    [InlineData("[System.Flags] class NotAnEnum { }", "CS0592")]
    [InlineData("static class Use { static System.DateTimeKind Run() => System.DateTimeKind.Local; }", "CS0619")]
    [InlineData("static class Use { static void Run(System.Net.NetworkInformation.NetworkInterface n) => n.EnableAutomaticDns(); }", "CS0612")]
    public void StubRouteRejectsWhatTheRealCompilerRejects(string source, string id)
    {
        // [Conditional] on Debug.Assert, [AttributeUsage(Enum)] on FlagsAttribute, [Obsolete] members: carried from the lists.
        IEnumerable<KeyValuePair<string, string>> lists = new[] { "mscorlib", "System.Net" }.Select(n => new KeyValuePair<string, string>(n + ".txt", File.ReadAllText(Path.Combine(NanoCheck.ApiFolder, n + ".txt"))));
        System.Collections.Immutable.ImmutableArray<Diagnostic> findings = NanoSourceCheck.Run(new[] { new KeyValuePair<string, string>("Use.cs", source) }, lists, Array.Empty<string>(), "10.0");
        Assert.Contains(findings, f => f.Id == "NANO001" && f.GetMessage().Contains(id));
    }

    [Fact]
    public void ALeftOutParameterTakesTheListsDefault()
    {
        INamedTypeSymbol s = StubLibrary.Get(Lists("mscorlib")).Compilation.GetSpecialType(SpecialType.System_String);
        IMethodSymbol padLeft = s.GetMembers("PadLeft").OfType<IMethodSymbol>().Single(m => m.Parameters.Length == 2);
        Assert.Equal(' ', padLeft.Parameters[1].ExplicitDefaultValue);
    }

    private static void Collect(INamespaceOrTypeSymbol container, HashSet<string> ids)
    {
        foreach (ISymbol member in container.GetMembers())
        {
            string? id = member.GetDocumentationCommentId();
            if (id != null) ids.Add(id);
            if (member is INamespaceOrTypeSymbol inner) Collect(inner, ids);
        }
    }

    private static string NestedName(string name, string flags)
    {
        if (!flags.Contains("nested")) return name;
        int dot = name.LastIndexOf('.');
        return name.Substring(0, dot) + "+" + name.Substring(dot + 1);
    }
}
