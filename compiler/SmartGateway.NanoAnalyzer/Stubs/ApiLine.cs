namespace SmartGateway.NanoAnalyzer.Stubs;

/// <summary>
/// One line of a nano-api list: <c>type|kind|member|detail|flags|docid|param-names</c>
/// (NanoApi/README.md "Line format"). Only the fields the stub writer needs are kept.
/// </summary>
internal sealed class ApiLine
{
    private ApiLine(string type, string kind, string member, string detail, string[] flags, string docId, string[] parameterNames, string?[] parameterDefaults)
    {
        Type = type;
        Kind = kind;
        Member = member;
        Detail = detail;
        Flags = flags;
        DocId = docId;
        ParameterNames = parameterNames;
        ParameterDefaults = parameterDefaults;
    }

    public string Type { get; }
    public string Kind { get; }
    public string Member { get; }
    public string Detail { get; }
    public string[] Flags { get; }
    public string DocId { get; }
    public string[] ParameterNames { get; }

    /// <summary>Each parameter's default value as the list writes it (a C# literal; enums as their number), or null.</summary>
    public string?[] ParameterDefaults { get; }

    public bool Has(string flag) => Array.IndexOf(Flags, flag) >= 0;

    /// <summary>The value of a <c>key=value</c> or <c>key:value</c> style flag (e.g. <c>value=</c>), or null.</summary>
    public string? FlagValue(string prefix)
    {
        foreach (string f in Flags)
        {
            if (f.StartsWith(prefix, StringComparison.Ordinal)) return f.Substring(prefix.Length);
        }
        return null;
    }

    /// <summary>Parses a line; returns null for blank lines and lines that do not have seven fields.</summary>
    public static ApiLine? Parse(string line)
    {
        if (line.Length == 0) return null;
        string[] f = line.Split('|');
        if (f.Length != 7) return null;
        // Literals escape ',' and '|' (\u002C), so a plain split is safe.
        string[] names = f[6].Length == 0 ? Array.Empty<string>() : f[6].Split(',');
        string?[] defaults = new string?[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            int eq = names[i].IndexOf('=');
            if (eq < 0) continue;
            defaults[i] = names[i].Substring(eq + 1);
            names[i] = names[i].Substring(0, eq);
        }
        return new ApiLine(f[0], f[1], f[2], f[3], SplitTopLevel(f[4], ','), f[5], names, defaults);
    }

    /// <summary>Splits at separators that are not inside <c>&lt;&gt;</c>, <c>()</c> or <c>[]</c>.</summary>
    public static string[] SplitTopLevel(string text, char separator)
    {
        if (text.Length == 0) return Array.Empty<string>();
        var parts = new List<string>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '<' || c == '(' || c == '[') depth++;
            else if (c == '>' || c == ')' || c == ']') depth--;
            else if (c == separator && depth == 0)
            {
                parts.Add(text.Substring(start, i - start));
                start = i + 1;
            }
        }
        parts.Add(text.Substring(start));
        return parts.ToArray();
    }
}
