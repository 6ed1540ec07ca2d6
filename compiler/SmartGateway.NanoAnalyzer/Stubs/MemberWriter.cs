using System.Text;

namespace SmartGateway.NanoAnalyzer.Stubs;

/// <summary>Writes one member line of the API lists as a C# declaration inside its type.</summary>
internal static class MemberWriter
{
    /// <summary>Writes one member; <paramref name="initializer"/> is the base call every constructor of the owner makes.</summary>
    public static void Write(StringBuilder sb, StubType owner, ApiLine m, bool isInterface, string initializer)
    {
        if (m.Kind == "enummember") return;
        if (m.Kind == "ctor" && (m.Has("static") || (owner.Kind == "struct" && m.Member == ".ctor()"))) return;
        sb.Append("    ");
        sb.Append(StubWriter.Attributes(m, " "));
        string mods = isInterface ? (m.Has("static") ? "static " : "") : Modifiers(m);
        bool bodiless = isInterface || m.Has("abstract");
        switch (m.Kind)
        {
            case "ctor":
                sb.Append(mods).Append(StubWriter.PlainName(owner.SimpleName))
                  .Append(StubWriter.Parameters(m.Member, m, false)).Append(initializer).Append(" { }\n");
                return;
            case "method":
            {
                int open = m.Member.IndexOf('(');
                string name = m.Member.Substring(0, open);
                sb.Append(mods).Append(StubWriter.Return(m.Detail, m)).Append(" @").Append(name)
                  .Append(StubWriter.Parameters(m.Member.Substring(open), m, m.Has("extension")))
                  .Append(MethodConstraints(m)).Append(bodiless ? ";\n" : " { throw null; }\n");
                return;
            }
            case "operator":
                WriteOperator(sb, m);
                return;
            case "property":
                sb.Append(mods).Append(StubWriter.Return(m.Detail, m)).Append(" @").Append(m.Member).Append(Accessors(m, bodiless)).Append('\n');
                return;
            case "indexer":
            {
                string name = IndexerName(m.DocId);
                if (name != "Item") sb.Append("[global::System.Runtime.CompilerServices.IndexerName(\"").Append(name).Append("\")] ");
                string parameters = "(" + m.Member.Substring(5, m.Member.Length - 6) + ")";
                string list = StubWriter.Parameters(parameters, m, false);
                sb.Append(mods).Append(StubWriter.Return(m.Detail, m)).Append(" this[").Append(list.Substring(1, list.Length - 2)).Append(']')
                  .Append(Accessors(m, bodiless)).Append('\n');
                return;
            }
            case "field":
                sb.Append(mods).Append(TypeNames.ToCSharp(m.Detail)).Append(" @").Append(m.Member).Append(";\n");
                return;
            case "const":
            {
                string type = TypeNames.ToCSharp(m.Detail);
                sb.Append(Access(m)).Append(" const ").Append(type).Append(" @").Append(m.Member).Append(" = (").Append(type).Append(")(")
                  .Append(Literal(m.FlagValue("value=") ?? "default")).Append(");\n");
                return;
            }
            case "event":
                sb.Append(mods).Append("event ").Append(TypeNames.ToCSharp(m.Detail)).Append(" @").Append(m.Member).Append(";\n");
                return;
        }
        sb.Append("// unknown kind ").Append(m.Kind).Append('\n');
    }

    private static string Access(ApiLine m) => m.Has("protected") ? "protected" : "public";

    private static string Modifiers(ApiLine m)
    {
        StringBuilder sb = new StringBuilder(Access(m)).Append(' ');
        if (m.Has("static")) sb.Append("static ");
        if (m.Has("abstract")) sb.Append("abstract ");
        else if (m.Has("override")) sb.Append(m.Has("sealed") ? "sealed override " : "override ");
        else if (m.Has("virtual")) sb.Append("virtual ");
        if (m.Kind == "field" && m.Has("readonly")) sb.Append("readonly ");
        if (m.Kind == "field" && m.Has("volatile")) sb.Append("volatile ");
        return sb.ToString();
    }

    private static string Accessors(ApiLine m, bool bodiless)
    {
        var sb = new StringBuilder(" {");
        if (m.Has("get")) sb.Append(bodiless ? " get;" : " get => throw null;");
        if (m.Has("set") && !m.Has("ref-return")) sb.Append(bodiless ? " set;" : " set { }");
        if (m.Has("init")) sb.Append(bodiless ? " init;" : " init { }");
        if (!m.Has("get") && !m.Has("set") && !m.Has("init")) sb.Append(bodiless ? " get;" : " get => throw null;");
        return sb.Append(" }").ToString();
    }

    /// <summary>The indexer's metadata name from its docid: <c>P:System.String.Chars(System.Int32)</c> → <c>Chars</c>.</summary>
    private static string IndexerName(string docId)
    {
        int open = docId.IndexOf('(');
        string head = open < 0 ? docId : docId.Substring(0, open);
        return head.Substring(head.LastIndexOf('.') + 1);
    }

    private static string MethodConstraints(ApiLine m)
    {
        var sb = new StringBuilder();
        foreach (string f in m.Flags)
        {
            if (f.StartsWith("where ", StringComparison.Ordinal)) sb.Append(StubWriter.Constraint(f.Substring(6)));
        }
        return sb.ToString();
    }

    /// <summary>A list literal as C# source: the non-finite doubles as constant expressions.</summary>
    internal static string Literal(string value)
    {
        switch (value)
        {
            case "NaN": return "0.0 / 0.0";
            case "Infinity": return "1.0 / 0.0";
            case "-Infinity": return "-1.0 / 0.0";
            default: return value;
        }
    }

    private static void WriteOperator(StringBuilder sb, ApiLine m)
    {
        int open = m.Member.IndexOf('(');
        string name = m.Member.Substring(0, open);
        string parameters = StubWriter.Parameters(m.Member.Substring(open), m, false);
        string ret = TypeNames.ToCSharp(m.Detail);
        sb.Append("public static ");
        if (name == "op_Implicit" || name == "op_Explicit")
        {
            sb.Append(name == "op_Implicit" ? "implicit" : "explicit").Append(" operator ").Append(ret).Append(parameters).Append(" { throw null; }\n");
            return;
        }
        sb.Append(ret).Append(" operator ").Append(OperatorToken(name)).Append(parameters).Append(" { throw null; }\n");
    }

    private static string OperatorToken(string name)
    {
        switch (name)
        {
            case "op_Addition": case "op_UnaryPlus": return "+";
            case "op_Subtraction": case "op_UnaryNegation": return "-";
            case "op_Multiply": return "*";
            case "op_Division": return "/";
            case "op_Modulus": return "%";
            case "op_Equality": return "==";
            case "op_Inequality": return "!=";
            case "op_GreaterThan": return ">";
            case "op_LessThan": return "<";
            case "op_GreaterThanOrEqual": return ">=";
            case "op_LessThanOrEqual": return "<=";
            case "op_LogicalNot": return "!";
            case "op_OnesComplement": return "~";
            case "op_Increment": return "++";
            case "op_Decrement": return "--";
            case "op_BitwiseAnd": return "&";
            case "op_BitwiseOr": return "|";
            case "op_ExclusiveOr": return "^";
            case "op_LeftShift": return "<<";
            case "op_RightShift": return ">>";
            case "op_True": return "true";
            case "op_False": return "false";
            default: return "+";
        }
    }
}
