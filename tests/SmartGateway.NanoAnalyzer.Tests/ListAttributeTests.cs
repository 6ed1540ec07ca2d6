using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SmartGateway.NanoAnalyzer.Tests;

/// <summary>
/// The mscorlib lists carry the attributes the compiler acts on exactly as the real mscorlib.dll of
/// nanoFramework.CoreLibrary has them (NanoApi/README.md, flags <c>obsolete</c>, <c>obsolete-error</c>,
/// <c>conditional:SYM</c>, <c>usage=N</c>, <c>usage-multiple</c>, <c>usage-notinherited</c>, <c>excludetype</c>), so the
/// analyzer's stub compile rejects what the real one rejects. Run with NANO_API_WRITE=1 to rewrite the flags from the dll.
/// </summary>
public class ListAttributeTests
{
    private static readonly string[] Managed = { "obsolete", "obsolete-error", "usage-multiple", "usage-notinherited", "excludetype" };

    [Theory]
    [InlineData("mscorlib.txt")]
    [InlineData("mscorlib.NoReflection.txt")]
    public void MscorlibListCarriesTheRealAttributes(string list)
    {
        var real = CSharpCompilation.Create("probe", references: new[] { RealCompile.RealMscorlib });
        string path = Path.Combine(NanoCheck.ApiFolder, list);
        string[] lines = File.ReadAllLines(path);
        var wrong = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            string[] f = lines[i].Split('|');
            if (f.Length != 7) continue;
            ISymbol? symbol = DocumentationCommentId.GetFirstSymbolForDeclarationId(f[5], real);
            // The NoReflection flavour is the same source built without reflection: its members are a subset.
            if (symbol == null) continue;
            List<string> flags = f[4].Length == 0 ? new List<string>() : f[4].Split(',').ToList();
            var kept = flags.Where(x => !IsManaged(x)).ToList();
            var expected = kept.Concat(AttributeFlags(symbol)).ToList();
            if (!expected.OrderBy(x => x, StringComparer.Ordinal).SequenceEqual(flags.OrderBy(x => x, StringComparer.Ordinal), StringComparer.Ordinal))
            {
                f[4] = string.Join(",", expected);
                lines[i] = string.Join("|", f);
                wrong.Add(lines[i]);
            }
        }
        if (wrong.Count > 0 && Environment.GetEnvironmentVariable("NANO_API_WRITE") == "1")
            File.WriteAllText(path, string.Join("\n", lines) + "\n");
        Assert.True(wrong.Count == 0, list + ": " + wrong.Count + " lines differ from " + RealCompile.MscorlibPath + ", e.g.\n" + string.Join("\n", wrong.Take(20)));
    }

    private static bool IsManaged(string flag) =>
        Array.IndexOf(Managed, flag) >= 0 || flag.StartsWith("conditional:", StringComparison.Ordinal) || flag.StartsWith("usage=", StringComparison.Ordinal);

    /// <summary>The flags for the attributes the real symbol carries, in a fixed order.</summary>
    private static IEnumerable<string> AttributeFlags(ISymbol symbol)
    {
        foreach (AttributeData a in symbol.GetAttributes())
        {
            switch (a.AttributeClass?.ToDisplayString())
            {
                case "System.ObsoleteAttribute":
                    bool error = a.ConstructorArguments.Length == 2 && a.ConstructorArguments[1].Value is true;
                    yield return error ? "obsolete-error" : "obsolete";
                    break;
                case "System.Diagnostics.ConditionalAttribute":
                    yield return "conditional:" + a.ConstructorArguments[0].Value;
                    break;
                case "System.AttributeUsageAttribute":
                    yield return "usage=" + Convert.ToInt32(a.ConstructorArguments[0].Value);
                    foreach (KeyValuePair<string, TypedConstant> named in a.NamedArguments)
                    {
                        if (named.Key == "AllowMultiple" && named.Value.Value is true) yield return "usage-multiple";
                        if (named.Key == "Inherited" && named.Value.Value is false) yield return "usage-notinherited";
                    }
                    break;
                case "System.Runtime.CompilerServices.ExcludeTypeAttribute":
                    yield return "excludetype";
                    break;
            }
        }
    }
}
