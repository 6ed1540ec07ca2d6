using System.Text;

namespace SmartGateway.NanoAnalyzer.Stubs;

/// <summary>
/// Writes C# declarations for the API lists (docs/NANO.md §4.1): every listed type and member with its exact
/// signature, default values and the attributes the compiler acts on, and bodies that only throw. The result
/// compiles on its own — as the whole core library with no references (the analyzer's route) or, for the
/// other packages, against the real nanoFramework mscorlib (<see cref="NanoStubGenerator"/>), where
/// <see cref="StubCompletion"/> adds the members the lists do not name.
/// </summary>
internal static class StubWriter
{
    /// <summary>
    /// The internal type every stub constructor chains through, so a listed class can derive from a stub class
    /// whose constructors are not public (the list names none) without declaring any constructor the real one lacks.
    /// </summary>
    private const string Chain = "global::SmartGateway.NanoStubs.Chain";

    /// <summary>
    /// C# source for the given API lists; a docid seen twice is written once (first list wins).
    /// <paramref name="baseArguments"/> gives the arguments a constructor passes to a base class the lists do not
    /// declare (one of the referenced assemblies'): <c>""</c> for a parameterless one, null when there is none to call.
    /// </summary>
    public static string Write(IEnumerable<string> apiTexts, Func<string, string?>? baseArguments = null)
    {
        var types = new Dictionary<string, StubType>(StringComparer.Ordinal);
        var order = new List<StubType>();
        var members = new List<ApiLine>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string text in apiTexts)
        {
            foreach (string raw in text.Split('\n'))
            {
                var line = ApiLine.Parse(raw.TrimEnd('\r'));
                if (line == null || !seen.Add(line.DocId)) continue;
                if (line.Kind == "type")
                {
                    if (types.ContainsKey(line.Type)) continue;
                    var t = new StubType(line);
                    types.Add(line.Type, t);
                    order.Add(t);
                }
                else
                {
                    members.Add(line);
                }
            }
        }
        foreach (ApiLine m in members)
        {
            if (types.TryGetValue(m.Type, out StubType? owner)) owner.Members.Add(m);
        }
        var byNamespace = new SortedDictionary<string, List<StubType>>(StringComparer.Ordinal);
        foreach (StubType t in order)
        {
            if (t.Container != null)
            {
                if (types.TryGetValue(t.Container, out StubType? outer)) outer.Nested.Add(t);
                continue;
            }
            if (!byNamespace.TryGetValue(t.Namespace, out List<StubType>? list))
            {
                list = new List<StubType>();
                byNamespace.Add(t.Namespace, list);
            }
            list.Add(t);
        }
        var writer = new Context(types, baseArguments ?? (_ => null));
        var sb = new StringBuilder(256 * 1024);
        sb.Append("#pragma warning disable\n");
        sb.Append("namespace SmartGateway.NanoStubs\n{\n    internal sealed class Chain { private Chain() { } }\n}\n");
        foreach (KeyValuePair<string, List<StubType>> ns in byNamespace)
        {
            bool named = ns.Key.Length > 0;
            if (named) sb.Append("namespace ").Append(ns.Key).Append("\n{\n");
            foreach (StubType t in ns.Value) WriteType(sb, t, writer);
            if (named) sb.Append("}\n");
        }
        return sb.ToString();
    }

    private sealed class Context
    {
        public Context(Dictionary<string, StubType> types, Func<string, string?> baseArguments)
        {
            Types = types;
            BaseArguments = baseArguments;
        }

        public Dictionary<string, StubType> Types { get; }

        public Func<string, string?> BaseArguments { get; }
    }

    private static void WriteType(StringBuilder sb, StubType t, Context context)
    {
        ApiLine line = t.Line;
        string access = line.Has("protected") ? "protected" : "public";
        sb.Append(Attributes(line, "\n"));
        switch (t.Kind)
        {
            case "enum":
                sb.Append(access).Append(" enum ").Append(t.SimpleName).Append(" : ").Append(TypeNames.EnumBase(line.Detail)).Append("\n{\n");
                foreach (ApiLine m in t.Members)
                {
                    if (m.Kind == "enummember") sb.Append("    ").Append(Attributes(m, " ")).Append('@').Append(m.Member).Append(" = ").Append(m.Detail).Append(",\n");
                }
                sb.Append("}\n");
                return;
            case "delegate":
            {
                int paren = line.Detail.IndexOf(" Invoke(", StringComparison.Ordinal);
                string ret = line.Detail.Substring(0, paren);
                string parameters = line.Detail.Substring(paren + " Invoke".Length);
                sb.Append(access).Append(" delegate ").Append(Return(ret, line)).Append(' ').Append(t.SimpleName)
                  .Append(Parameters(parameters, line, false)).Append(Constraints(TypeConstraints(line.Detail))).Append(";\n");
                return;
            }
        }
        ParseTypeDetail(line.Detail, out string? baseType, out string[] interfaces, out string[] constraints);
        sb.Append(access);
        if (line.Has("static")) sb.Append(" static");
        else if (line.Has("abstract") && t.Kind == "class") sb.Append(" abstract");
        else if (line.Has("sealed") && t.Kind == "class") sb.Append(" sealed");
        if (t.Kind == "struct" && line.Has("readonly")) sb.Append(" readonly");
        if (t.Kind == "struct" && line.Has("ref")) sb.Append(" ref");
        sb.Append(" partial ").Append(t.Kind).Append(' ').Append(t.SimpleName);
        var bases = new List<string>();
        if (baseType != null && t.Kind == "class" && baseType != "System.Object") bases.Add(TypeNames.ToCSharp(baseType));
        foreach (string i in interfaces) bases.Add(TypeNames.ToCSharp(i));
        if (bases.Count > 0) sb.Append(" : ").Append(string.Join(", ", bases));
        foreach (string c in constraints) sb.Append(Constraint(c));
        sb.Append("\n{\n");
        bool isInterface = t.Kind == "interface";
        bool isClass = t.Kind == "class" && !line.Has("static");
        string initializer = isClass ? BaseInitializer(baseType, context) : "";
        foreach (ApiLine m in t.Members) MemberWriter.Write(sb, t, m, isInterface, initializer);
        // The chain constructor: derived stubs call it, and it hides the default constructor C# would add
        // when the list names none (then none is public).
        if (isClass) sb.Append("    private protected ").Append(PlainName(t.SimpleName)).Append('(').Append(Chain).Append(" chain)").Append(initializer).Append(" { }\n");
        foreach (StubType n in t.Nested) WriteType(sb, n, context);
        sb.Append("}\n");
    }

    /// <summary>
    /// <c> : base(...)</c> for the constructors of a class: through the chain constructor when the base is a
    /// stub, through an accessible constructor of a referenced base, nothing for object.
    /// </summary>
    private static string BaseInitializer(string? baseType, Context context)
    {
        if (baseType == null || baseType == "System.Object") return "";
        if (context.Types.TryGetValue(baseType, out StubType? stub) && stub.Kind == "class") return " : base((" + Chain + ")null)";
        string? arguments = context.BaseArguments(baseType);
        return arguments == null || arguments.Length == 0 ? "" : " : base(" + arguments + ")";
    }

    /// <summary>
    /// The attributes a line's flags carry, each followed by <paramref name="separator"/>: those the compiler acts on
    /// (<c>[Obsolete]</c>, <c>[Conditional]</c>, <c>[AttributeUsage]</c>, <c>[Flags]</c>) and nanoFramework's
    /// <c>[ExcludeType]</c> (kept out of the deployed image by the MetadataProcessor).
    /// </summary>
    internal static string Attributes(ApiLine line, string separator)
    {
        var sb = new StringBuilder();
        if (line.Has("flags")) sb.Append("[global::System.Flags]").Append(separator);
        if (line.Has("obsolete-error")) sb.Append("[global::System.Obsolete(\"\", true)]").Append(separator);
        else if (line.Has("obsolete")) sb.Append("[global::System.Obsolete]").Append(separator);
        foreach (string f in line.Flags)
        {
            if (f.StartsWith("conditional:", StringComparison.Ordinal))
                sb.Append("[global::System.Diagnostics.Conditional(\"").Append(f.Substring("conditional:".Length)).Append("\")]").Append(separator);
        }
        string? usage = line.FlagValue("usage=");
        if (usage != null)
        {
            sb.Append("[global::System.AttributeUsage((global::System.AttributeTargets)").Append(usage);
            if (line.Has("usage-multiple")) sb.Append(", AllowMultiple = true");
            if (line.Has("usage-notinherited")) sb.Append(", Inherited = false");
            sb.Append(')').Append(']').Append(separator);
        }
        if (line.Has("excludetype")) sb.Append("[global::System.Runtime.CompilerServices.ExcludeType]").Append(separator);
        return sb.ToString();
    }

    /// <summary>Splits a type line's detail: <c>base:X implements:I1;I2 where T:C1+C2</c>.</summary>
    private static void ParseTypeDetail(string detail, out string? baseType, out string[] interfaces, out string[] constraints)
    {
        baseType = null;
        interfaces = Array.Empty<string>();
        constraints = TypeConstraints(detail);
        int where = detail.StartsWith("where ", StringComparison.Ordinal) ? 0 : detail.IndexOf(" where ", StringComparison.Ordinal);
        string head = where < 0 ? detail : detail.Substring(0, where);
        foreach (string part in head.Split(' '))
        {
            if (part.StartsWith("base:", StringComparison.Ordinal)) baseType = part.Substring(5);
            else if (part.StartsWith("implements:", StringComparison.Ordinal)) interfaces = part.Substring(11).Split(';');
        }
    }

    private static string[] TypeConstraints(string detail)
    {
        int where = detail.StartsWith("where ", StringComparison.Ordinal) ? 0 : detail.IndexOf(" where ", StringComparison.Ordinal);
        if (where < 0) return Array.Empty<string>();
        var result = new List<string>();
        foreach (string part in detail.Substring(where).Split(new[] { "where " }, StringSplitOptions.RemoveEmptyEntries))
        {
            string c = part.Trim();
            if (c.Length > 0) result.Add(c);
        }
        return result.ToArray();
    }

    /// <summary><c>T:C1+C2</c> → <c> where T : C1, C2</c>.</summary>
    internal static string Constraint(string c)
    {
        int colon = c.IndexOf(':');
        if (colon < 0) return "";
        var parts = new List<string>();
        foreach (string p in c.Substring(colon + 1).Split('+'))
        {
            string k = p.Trim();
            bool keyword = k == "class" || k == "struct" || k == "new()" || k == "notnull" || k == "unmanaged" || k.StartsWith("allows ", StringComparison.Ordinal) || k == "class?";
            parts.Add(keyword ? k : TypeNames.ToCSharp(k));
        }
        return " where " + c.Substring(0, colon).Trim() + " : " + string.Join(", ", parts);
    }

    internal static string Constraints(string[] constraints)
    {
        var sb = new StringBuilder();
        foreach (string c in constraints) sb.Append(Constraint(c));
        return sb.ToString();
    }

    internal static string PlainName(string name)
    {
        int lt = name.IndexOf('<');
        return lt < 0 ? name : name.Substring(0, lt);
    }

    internal static string Return(string type, ApiLine line)
    {
        string prefix = line.Has("ref-readonly-return") ? "ref readonly " : line.Has("ref-return") ? "ref " : "";
        return prefix + TypeNames.ToCSharp(type);
    }

    /// <summary><c>(P1,opt P2,params P3[])</c> → C# parameter list with the line's parameter names.</summary>
    internal static string Parameters(string list, ApiLine line, bool extension)
    {
        int open = list.IndexOf('(');
        int close = list.LastIndexOf(')');
        string inner = list.Substring(open + 1, close - open - 1);
        string[] ps = ApiLine.SplitTopLevel(inner, ',');
        var sb = new StringBuilder("(");
        for (int i = 0; i < ps.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            string p = ps[i];
            bool optional = false;
            string modifiers = "";
            if (i == 0 && extension && !p.StartsWith("this ", StringComparison.Ordinal)) modifiers = "this ";
            while (true)
            {
                string? m = Prefix(ref p, "this ") ?? Prefix(ref p, "params ") ?? Prefix(ref p, "ref readonly ")
                    ?? Prefix(ref p, "ref ") ?? Prefix(ref p, "out ") ?? Prefix(ref p, "in ") ?? Prefix(ref p, "scoped ");
                if (m != null)
                {
                    modifiers += m;
                    continue;
                }
                if (Prefix(ref p, "opt ") != null)
                {
                    optional = true;
                    continue;
                }
                break;
            }
            string name = i < line.ParameterNames.Length && line.ParameterNames[i].Length > 0 ? line.ParameterNames[i] : "p" + i;
            string type = TypeNames.ToCSharp(p);
            sb.Append(modifiers).Append(type).Append(" @").Append(name);
            if (optional) sb.Append(" = ").Append(DefaultValue(type, i < line.ParameterDefaults.Length ? line.ParameterDefaults[i] : null));
        }
        return sb.Append(')').ToString();
    }

    /// <summary>
    /// The parameter's real default, so a call that leaves it out binds and behaves as on the device
    /// (<c>PadLeft(int, char = ' ')</c>). The cast makes enum numbers and double-spelled float limits
    /// constants of the parameter's type; null is <c>default</c> because value types (CancellationToken) use it too.
    /// </summary>
    private static string DefaultValue(string type, string? literal)
    {
        if (literal == null || literal == "null" || literal == "default") return "default";
        string value = MemberWriter.Literal(literal);
        if (type == "global::System.Object" || type == "global::System.String" || type.StartsWith("global::System.Nullable<", StringComparison.Ordinal)) return value;
        return "(" + type + ")(" + value + ")";
    }

    private static string? Prefix(ref string text, string prefix)
    {
        if (!text.StartsWith(prefix, StringComparison.Ordinal)) return null;
        text = text.Substring(prefix.Length);
        return prefix;
    }
}
