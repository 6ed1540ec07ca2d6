using Microsoft.CodeAnalysis;

namespace SmartGateway.NanoAnalyzer.Rules;

/// <summary>Small symbol questions the rules share.</summary>
internal static class Symbols
{
    /// <summary>C# spelling as in compiler messages, without nullable annotations (nano has none to offer).</summary>
    public static readonly SymbolDisplayFormat Display = SymbolDisplayFormat.CSharpErrorMessageFormat
        .RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>Fully qualified metadata-style name without type arguments: <c>System.Threading.Volatile</c>.</summary>
    public static string FullName(ITypeSymbol type)
    {
        ITypeSymbol t = type.OriginalDefinition;
        string name = t.MetadataName;
        for (INamedTypeSymbol? c = t.ContainingType; c != null; c = c.ContainingType) name = c.MetadataName + "+" + name;
        string ns = t.ContainingNamespace == null || t.ContainingNamespace.IsGlobalNamespace ? "" : t.ContainingNamespace.ToDisplayString() + ".";
        return ns + name;
    }

    public static string Namespace(ITypeSymbol type) =>
        type.ContainingNamespace == null || type.ContainingNamespace.IsGlobalNamespace ? "" : type.ContainingNamespace.ToDisplayString();

    /// <summary>True if the symbol or one of its containers carries an attribute with this simple name.</summary>
    public static bool HasAttribute(ISymbol? symbol, string name)
    {
        for (ISymbol? s = symbol; s != null; s = s.ContainingSymbol)
        {
            if (s is INamespaceSymbol) return false;
            foreach (AttributeData a in s.GetAttributes())
            {
                if (a.AttributeClass != null && (a.AttributeClass.Name == name || a.AttributeClass.Name == name + "Attribute")) return true;
            }
        }
        return false;
    }

    /// <summary>The namespace a symbol is declared in (a lambda's is its enclosing method's).</summary>
    public static INamespaceSymbol? NamespaceOf(ISymbol? symbol)
    {
        for (ISymbol? s = symbol; s != null; s = s.ContainingSymbol)
        {
            if (s is INamespaceSymbol ns) return ns;
        }
        return null;
    }

    public static bool IsFloat(ITypeSymbol? t) => t != null && (t.SpecialType == SpecialType.System_Single || t.SpecialType == SpecialType.System_Double);
}
