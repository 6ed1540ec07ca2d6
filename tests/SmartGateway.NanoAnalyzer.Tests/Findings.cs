using Microsoft.CodeAnalysis;

namespace SmartGateway.NanoAnalyzer.Tests;

/// <summary>Assertions over the check's findings for one probe.</summary>
internal static class Findings
{
    /// <summary>The check's findings for members of <c>class P</c> in namespace Probe (semantics code unless said otherwise).</summary>
    public static IReadOnlyList<Diagnostic> Of(string body, bool semantics = true, string langVersion = "10.0")
    {
        string source = ProbeMatrixTests.Wrap(body);
        Assert.Empty(NanoCheck.NetErrors(source, langVersion));
        return NanoCheck.Run(source, semantics ? "Probe" : "", langVersion: langVersion);
    }

    /// <summary>Asserts a finding with this id whose message names <paramref name="named"/>; returns it.</summary>
    public static Diagnostic Reported(this IReadOnlyList<Diagnostic> findings, string id, string named)
    {
        Diagnostic? hit = findings.FirstOrDefault(d => d.Id == id && d.GetMessage().Contains(named, StringComparison.Ordinal));
        Assert.True(hit != null, "expected " + id + " naming '" + named + "', got:\n" + Describe(findings));
        return hit!;
    }

    public static void None(this IReadOnlyList<Diagnostic> findings) =>
        Assert.True(findings.Count == 0, "expected no findings, got:\n" + Describe(findings));

    public static void NoneWithId(this IReadOnlyList<Diagnostic> findings, string id) =>
        Assert.True(findings.All(d => d.Id != id), "expected no " + id + ", got:\n" + Describe(findings));

    public static string Describe(IEnumerable<Diagnostic> findings) =>
        string.Join("\n", findings.Select(d => d.Location.GetLineSpan().Path + "(" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + "): " + d.Id + " " + d.GetMessage()));
}
