using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SmartGateway.NanoAnalyzer;

/// <summary>
/// What build/NanoCheck.props tells the analyzer: which API lists to bind against (AdditionalFiles with
/// metadata NanoApi=true), which line they are, and which namespaces hold semantics code.
/// </summary>
internal sealed class NanoOptions
{
    /// <summary>Lists that are alternative flavours of one assembly and never loaded together (NanoApi/README.md caveat 4).</summary>
    private static readonly string[][] Alternatives =
    {
        new[] { "mscorlib.txt", "mscorlib.NoReflection.txt" },
        new[] { "System.Net.Http.Client.txt", "System.Net.Http.Server.txt" },
        new[] { "nanoFramework.WebServer.txt", "nanoFramework.WebServer.FileSystem.txt" },
    };

    private NanoOptions(IReadOnlyList<KeyValuePair<string, SourceText>> apiLists, string lineLabel, string[] semanticsNamespaces, string? langVersion)
    {
        ApiLists = apiLists;
        LineLabel = lineLabel;
        SemanticsNamespaces = semanticsNamespaces;
        LangVersion = langVersion;
    }

    /// <summary>File name and text of each API list, ordered by name.</summary>
    public IReadOnlyList<KeyValuePair<string, SourceText>> ApiLists { get; }

    /// <summary>How messages name the line: "1.x" (stable) or "2.0-preview".</summary>
    public string LineLabel { get; }

    /// <summary>Namespaces (and their children) that must be float-free and free of platform branches (N9, N18).</summary>
    public string[] SemanticsNamespaces { get; }

    /// <summary>The project's LangVersion property as written, or null if the build did not pass it.</summary>
    public string? LangVersion { get; }

    /// <summary>Reads the settings; the API lists' texts only if <paramref name="readLists"/> (the stub route needs them).</summary>
    public static NanoOptions From(AnalyzerOptions options, CancellationToken cancellationToken, bool readLists = false)
    {
        var lists = new List<KeyValuePair<string, SourceText>>();
        foreach (AdditionalText file in readLists ? options.AdditionalFiles : ImmutableArray<AdditionalText>.Empty)
        {
            AnalyzerConfigOptions fileOptions = options.AnalyzerConfigOptionsProvider.GetOptions(file);
            if (!fileOptions.TryGetValue("build_metadata.AdditionalFiles.NanoApi", out string? flag) || !IsTrue(flag)) continue;
            SourceText? text = file.GetText(cancellationToken);
            if (text != null) lists.Add(new KeyValuePair<string, SourceText>(FileName(file.Path), text));
        }
        lists.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        AnalyzerConfigOptions global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        global.TryGetValue("build_property.NanoApiLine", out string? line);
        global.TryGetValue("build_property.NanoSemanticsNamespaces", out string? semantics);
        global.TryGetValue("build_property.LangVersion", out string? langVersion);
        string label = string.Equals(line, "preview", StringComparison.OrdinalIgnoreCase) ? "2.0-preview" : "1.x";
        return new NanoOptions(lists, label, SplitList(semantics), string.IsNullOrWhiteSpace(langVersion) ? null : langVersion!.Trim());
    }

    /// <summary>A description of two alternative lists loaded together, or null when the set is consistent.</summary>
    public string? Conflict()
    {
        foreach (string[] pair in Alternatives)
        {
            bool a = false, b = false;
            foreach (KeyValuePair<string, SourceText> l in ApiLists)
            {
                a |= l.Key == pair[0];
                b |= l.Key == pair[1];
            }
            if (a && b) return pair[0] + " and " + pair[1] + " are alternative flavours of one assembly; reference one of them";
        }
        return null;
    }

    /// <summary>True if the namespace is one of the semantics namespaces or nested in one.</summary>
    public bool IsSemantics(INamespaceSymbol? ns)
    {
        if (ns == null || SemanticsNamespaces.Length == 0) return false;
        string name = ns.ToDisplayString();
        foreach (string s in SemanticsNamespaces)
        {
            if (name == s || name.StartsWith(s + ".", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static string[] SplitList(string? value)
    {
        if (value == null) return Array.Empty<string>();
        ImmutableArray<string>.Builder result = ImmutableArray.CreateBuilder<string>();
        foreach (string part in value.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            string p = part.Trim();
            if (p.Length > 0) result.Add(p);
        }
        return result.ToArray();
    }

    private static bool IsTrue(string value) => string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name of an AdditionalFiles path, either separator.</summary>
    internal static string FileName(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return path.Substring(slash + 1);
    }
}
