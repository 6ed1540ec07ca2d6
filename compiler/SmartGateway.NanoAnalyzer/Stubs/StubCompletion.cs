using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SmartGateway.NanoAnalyzer.Stubs;

/// <summary>
/// The members a stub needs to compile that no list names: overrides of inherited abstract members a sealed
/// class implements out of the lists' sight (protected ones are listed only on unsealed classes) and
/// interface members the real type implements explicitly (<c>IDisposable.Dispose</c>; explicit implementations
/// are not public API, NanoApi/README.md). Written as further partial declarations, so the listed API is unchanged.
/// </summary>
internal static class StubCompletion
{
    private static readonly SymbolDisplayFormat Qualified = SymbolDisplayFormat.FullyQualifiedFormat;

    /// <summary>C# source completing the types declared in <paramref name="stubTree"/>, which <paramref name="compilation"/> contains.</summary>
    public static string Write(Compilation compilation, SyntaxTree stubTree, CancellationToken cancellationToken)
    {
        SemanticModel model = compilation.GetSemanticModel(stubTree);
        var sb = new StringBuilder("#pragma warning disable\n");
        foreach (SyntaxNode node in stubTree.GetRoot(cancellationToken).DescendantNodes())
        {
            if (node is not ClassDeclarationSyntax && node is not StructDeclarationSyntax) continue;
            if (model.GetDeclaredSymbol(node, cancellationToken) is not INamedTypeSymbol type) continue;
            var members = new StringBuilder();
            if (type.TypeKind == TypeKind.Class && !type.IsAbstract && !type.IsStatic)
            {
                foreach (ISymbol m in UnimplementedAbstract(type)) members.Append("    ").Append(Override(m)).Append('\n');
            }
            foreach (INamedTypeSymbol i in type.AllInterfaces)
            {
                foreach (ISymbol m in i.GetMembers())
                {
                    if (m.IsStatic || !m.IsAbstract || IsAccessor(m)) continue;
                    if (type.FindImplementationForInterfaceMember(m) == null) members.Append("    ").Append(Explicit(i, m)).Append('\n');
                }
            }
            if (members.Length > 0) WritePart(sb, type, members.ToString());
        }
        return sb.ToString();
    }

    /// <summary>Abstract members of the base classes that nothing between them and <paramref name="type"/> overrides.</summary>
    private static List<ISymbol> UnimplementedAbstract(INamedTypeSymbol type)
    {
        var overridden = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var missing = new List<ISymbol>();
        for (INamedTypeSymbol? t = type; t != null; t = t.BaseType)
        {
            foreach (ISymbol m in t.GetMembers())
            {
                if (m.IsAbstract && !IsAccessor(m) && !SymbolEqualityComparer.Default.Equals(t, type) && !overridden.Contains(m)) missing.Add(m);
                for (ISymbol? o = Overridden(m); o != null; o = Overridden(o)) overridden.Add(o);
            }
        }
        return missing;
    }

    /// <summary>Property and event accessors come with their property or event.</summary>
    private static bool IsAccessor(ISymbol m) => m is IMethodSymbol method && method.MethodKind != MethodKind.Ordinary;

    private static ISymbol? Overridden(ISymbol m)
    {
        switch (m)
        {
            case IMethodSymbol method: return method.OverriddenMethod;
            case IPropertySymbol property: return property.OverriddenProperty;
            case IEventSymbol e: return e.OverriddenEvent;
            default: return null;
        }
    }

    private static string Override(ISymbol m)
    {
        string access = m.DeclaredAccessibility == Accessibility.Public ? "public" : "protected";
        return access + " override " + Declaration(m, Name(m));
    }

    private static string Explicit(INamedTypeSymbol face, ISymbol m) =>
        Declaration(m, face.ToDisplayString(Qualified) + "." + Name(m));

    private static string Name(ISymbol m) =>
        m is IMethodSymbol { IsGenericMethod: true } g ? m.Name + "<" + string.Join(", ", g.TypeParameters.Select(t => t.Name)) + ">" : m.Name;

    private static string Declaration(ISymbol m, string name)
    {
        switch (m)
        {
            case IMethodSymbol method:
                return Type(method.ReturnType, method.RefKind) + " " + name + "(" + Parameters(method.Parameters) + ") { throw null; }";
            case IPropertySymbol property:
            {
                string head = property.IsIndexer ? name.Substring(0, name.Length - "this[]".Length) + "this[" + Parameters(property.Parameters) + "]" : name;
                string accessors = (property.GetMethod != null ? " get { throw null; }" : "") + (property.SetMethod != null ? " set { }" : "");
                return Type(property.Type, property.RefKind) + " " + head + " {" + accessors + " }";
            }
            case IEventSymbol e:
                return "event " + e.Type.ToDisplayString(Qualified) + " " + name + " { add { } remove { } }";
            default:
                return "";
        }
    }

    private static string Type(ITypeSymbol type, RefKind refKind) =>
        (refKind == RefKind.Ref ? "ref " : refKind == RefKind.RefReadOnly ? "ref readonly " : "") + type.ToDisplayString(Qualified);

    private static string Parameters(IEnumerable<IParameterSymbol> parameters) =>
        string.Join(", ", parameters.Select(p =>
            (p.IsParams ? "params " : "") + (p.RefKind == RefKind.Ref ? "ref " : p.RefKind == RefKind.Out ? "out " : p.RefKind == RefKind.In ? "in " : "")
            + p.Type.ToDisplayString(Qualified) + " @" + p.Name));

    /// <summary>A partial declaration of <paramref name="type"/> (inside its containers and namespace) with the given members.</summary>
    private static void WritePart(StringBuilder sb, INamedTypeSymbol type, string members)
    {
        var chain = new List<INamedTypeSymbol>();
        for (INamedTypeSymbol? t = type; t != null; t = t.ContainingType) chain.Insert(0, t);
        bool named = !type.ContainingNamespace.IsGlobalNamespace;
        if (named) sb.Append("namespace ").Append(type.ContainingNamespace.ToDisplayString()).Append("\n{\n");
        foreach (INamedTypeSymbol t in chain) sb.Append(Head(t)).Append("\n{\n");
        sb.Append(members);
        foreach (INamedTypeSymbol _ in chain) sb.Append("}\n");
        if (named) sb.Append("}\n");
    }

    private static string Head(INamedTypeSymbol t)
    {
        string kind = t.TypeKind == TypeKind.Struct ? (t.IsRefLikeType ? "ref partial struct" : "partial struct")
            : t.TypeKind == TypeKind.Interface ? "partial interface" : "partial class";
        if (t.TypeKind == TypeKind.Struct && t.IsReadOnly) kind = "readonly " + kind;
        return kind + " " + t.Name + (t.TypeParameters.Length > 0 ? "<" + string.Join(", ", t.TypeParameters.Select(p => p.Name)) + ">" : "");
    }
}
