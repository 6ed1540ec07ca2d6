using System.Text;

namespace SmartGateway.NanoAnalyzer.Stubs;

/// <summary>
/// Writes C# declarations for the API lists (docs/NANO.md §4.1): every listed type and member with its exact
/// signature and bodies that only throw. Compiled with no references, the result is the core library
/// shared source is bound against; errors inside the stub itself do not matter for that.
/// </summary>
internal static class StubWriter
{
    /// <summary>C# source for the given API lists; a docid seen twice is written once (first list wins).</summary>
    public static string Write(IEnumerable<string> apiTexts)
    {
        var types = new Dictionary<string, StubType>(StringComparer.Ordinal);
        var order = new List<StubType>();
        var members = new List<ApiLine>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string text in apiTexts)
        {
            foreach (string raw in text.Split('\n'))
            {
                ApiLine? line = ApiLine.Parse(raw.TrimEnd('\r'));
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
        var sb = new StringBuilder(256 * 1024);
        sb.Append("#pragma warning disable\n");
        foreach (KeyValuePair<string, List<StubType>> ns in byNamespace)
        {
            bool named = ns.Key.Length > 0;
            if (named) sb.Append("namespace ").Append(ns.Key).Append("\n{\n");
            foreach (StubType t in ns.Value) WriteType(sb, t);
            if (named) sb.Append("}\n");
        }
        return sb.ToString();
    }

    private static void WriteType(StringBuilder sb, StubType t)
    {
        ApiLine line = t.Line;
        string access = line.Has("protected") ? "protected" : "public";
        if (line.Has("flags")) sb.Append("[global::System.Flags]\n");
        if (line.Has("obsolete-error")) sb.Append("[global::System.Obsolete(\"\", true)]\n");
        switch (t.Kind)
        {
            case "enum":
                sb.Append(access).Append(" enum ").Append(t.SimpleName).Append(" : ").Append(TypeNames.EnumBase(line.Detail)).Append("\n{\n");
                foreach (ApiLine m in t.Members)
                {
                    if (m.Kind == "enummember") sb.Append("    @").Append(m.Member).Append(" = ").Append(m.Detail).Append(",\n");
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
        bool hasCtor = false;
        foreach (ApiLine m in t.Members)
        {
            if (m.Kind == "ctor") hasCtor = true;
            MemberWriter.Write(sb, t, m, isInterface);
        }
        // No listed constructor means none is public: hide the one C# would add by default.
        if (!hasCtor && t.Kind == "class" && !line.Has("static")) sb.Append("    private ").Append(PlainName(t.SimpleName)).Append("() { }\n");
        foreach (StubType n in t.Nested) WriteType(sb, n);
        sb.Append("}\n");
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
            sb.Append(modifiers).Append(TypeNames.ToCSharp(p)).Append(" @").Append(name);
            if (optional) sb.Append(" = default");
        }
        return sb.Append(')').ToString();
    }

    private static string? Prefix(ref string text, string prefix)
    {
        if (!text.StartsWith(prefix, StringComparison.Ordinal)) return null;
        text = text.Substring(prefix.Length);
        return prefix;
    }
}
