using System.Text;

namespace SmartGateway.NanoAnalyzer.Stubs;

/// <summary>Turns the lists' fully qualified type spellings into C# the stub compilation binds exactly.</summary>
internal static class TypeNames
{
    /// <summary>
    /// <c>System.Collections.Generic.Dictionary&lt;TKey,TValue&gt;.KeyCollection[]</c> →
    /// <c>global::System.Collections.Generic.Dictionary&lt;TKey,TValue&gt;.KeyCollection[]</c>.
    /// A dotted path is a framework type (rooted with <c>global::</c> so a namespace named like a type
    /// cannot capture it); a bare name is a type parameter.
    /// </summary>
    public static string ToCSharp(string name)
    {
        var sb = new StringBuilder(name.Length + 16);
        int i = 0;
        while (i < name.Length)
        {
            char c = name[i];
            if (IsIdentifierStart(c) && (i == 0 || name[i - 1] != '.'))
            {
                int start = i;
                bool dotted = false;
                while (i < name.Length && (IsIdentifierPart(name[i]) || (name[i] == '.' && i + 1 < name.Length && IsIdentifierStart(name[i + 1]))))
                {
                    if (name[i] == '.') dotted = true;
                    i++;
                }
                string path = name.Substring(start, i - start);
                // C# spells System.Void only as the keyword (return types, void*).
                if (path == "System.Void") sb.Append("void");
                else sb.Append(dotted ? "global::" : "").Append(path);
                continue;
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    /// <summary>The C# keyword for an enum's underlying type (the only spelling every compiler accepts there).</summary>
    public static string EnumBase(string name)
    {
        switch (name)
        {
            case "System.Byte": return "byte";
            case "System.SByte": return "sbyte";
            case "System.Int16": return "short";
            case "System.UInt16": return "ushort";
            case "System.UInt32": return "uint";
            case "System.Int64": return "long";
            case "System.UInt64": return "ulong";
            default: return "int";
        }
    }

    /// <summary>Splits <c>Ns.Outer&lt;T&gt;.Inner</c> at its last top-level dot: (<c>Ns.Outer&lt;T&gt;</c>, <c>Inner</c>).</summary>
    public static void SplitLast(string name, out string prefix, out string last)
    {
        int depth = 0;
        for (int i = name.Length - 1; i >= 0; i--)
        {
            char c = name[i];
            if (c == '>') depth++;
            else if (c == '<') depth--;
            else if (c == '.' && depth == 0)
            {
                prefix = name.Substring(0, i);
                last = name.Substring(i + 1);
                return;
            }
        }
        prefix = "";
        last = name;
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';
}
