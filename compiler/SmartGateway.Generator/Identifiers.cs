using System.Text;

namespace SmartGateway.Generator;

/// <summary>C# identifiers for names from rule files: "grid.power" → GridPower, "boiler on" → BoilerOn.</summary>
internal static class Identifiers
{
    public static string Pascal(string name)
    {
        var b = new StringBuilder();
        bool upper = true;
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                b.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else upper = true;
        }
        if (b.Length == 0 || char.IsDigit(b[0])) b.Insert(0, '_');
        return b.ToString();
    }

    /// <summary>A Pascal name not yet in <paramref name="taken"/>; a clash gets a numeric suffix.</summary>
    public static string Unique(string name, HashSet<string> taken)
    {
        string baseName = Pascal(name);
        string candidate = baseName;
        for (int n = 2; !taken.Add(candidate); n++) candidate = baseName + "_" + n;
        return candidate;
    }
}
