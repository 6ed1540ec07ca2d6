namespace SmartGateway.Compiler.Binding;

/// <summary>
/// "Did you mean …": the real name nearest to a misspelt one by edit distance (letter case ignored, a swap of two
/// neighbours counting once), offered only when it is close enough to be the likely intent.
/// </summary>
public static class NameSuggestions
{
    /// <summary>
    /// What to tell the author of an unknown input path: the nearest real path ("did you mean …"), or, when the part
    /// after the interface is a real quantity, that the interface is wrong (and the nearest one if any is close); null
    /// when nothing helpful comes to mind.
    /// </summary>
    public static string? InputHint(string written)
    {
        string? nearest = Nearest(written, InputCatalog.Candidates(written));
        if (nearest != null) return $": did you mean \"{nearest}\"?";
        string[] parts = written.Split('.');
        if (parts.Length < 3) return null;
        string iface = parts[0] + "." + parts[1];
        if (InputCatalog.IsInterface(iface) || InputCatalog.Resolve("ir.left." + string.Join(".", parts, 2, parts.Length - 2)) == null) return null;
        string? nearestInterface = NearestInterface(iface);
        return $": \"{iface}\" is not an interface (ir.left, ir.right or rs485.1–247){(nearestInterface == null ? "" : $"; did you mean {nearestInterface}?")}";
    }

    /// <summary>The nearest unit symbol to an unknown one (kw → kW, °c → °C), or null.</summary>
    public static string? NearestUnit(string written) => Nearest(written, Units.Symbols);

    /// <summary>The nearest interface (ir.left, ir.right, rs485.A) to <paramref name="written"/>, or null.</summary>
    public static string? NearestInterface(string written) => Nearest(written, InputCatalog.InterfaceCandidates(written));

    /// <summary>
    /// The closest candidate within a distance of a third of its length (at least 1, at most 3); a candidate that only
    /// completes what was written (rs485.2.U → rs485.2.U.L1) or differs only in letter case counts as distance 0, and
    /// the first of those wins. Null when two candidates are equally far (C is as near to V as to °C): a guess would mislead.
    /// </summary>
    public static string? Nearest(string written, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        bool tied = false;
        string completion = written + ".";
        foreach (string candidate in candidates)
        {
            int limit = Math.Min(Math.Max(candidate.Length / 3, 1), 3);
            int d = candidate.StartsWith(completion, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(written, candidate, limit);
            if (d > limit || d > bestDistance) continue;
            tied = d == bestDistance;
            if (d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }
        return tied && bestDistance > 0 ? null : best;
    }

    /// <summary>Optimal-string-alignment distance, case-insensitive; any value above <paramref name="limit"/> means "too far".</summary>
    internal static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        int[] before = new int[b.Length + 1];
        int[] previous = new int[b.Length + 1];
        int[] current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                int d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2])
                    && char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                {
                    d = Math.Min(d, before[j - 2] + 1);
                }
                current[j] = d;
            }
            (before, previous, current) = (previous, current, before);
        }
        return previous[b.Length];
    }
}
