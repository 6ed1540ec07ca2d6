namespace SmartGateway.Compiler.Binding;

/// <summary>
/// "Did you mean …": the real name nearest to a misspelt one by edit distance (letter case ignored, a swap of two
/// neighbours counting once), offered only when it is close enough to be the likely intent.
/// </summary>
public static class NameSuggestions
{
    /// <summary>The nearest input path to <paramref name="written"/>, or null when none is close.</summary>
    public static string? NearestInput(string written) => Nearest(written, InputCatalog.Candidates(written));

    /// <summary>The nearest interface (ir.left, ir.right, rs485.A) to <paramref name="written"/>, or null.</summary>
    public static string? NearestInterface(string written) => Nearest(written, InputCatalog.InterfaceCandidates(written));

    /// <summary>
    /// The closest candidate within a distance of a third of its length (at least 1, at most 3); a candidate that only
    /// completes what was written (rs485.2.U → rs485.2.U.L1) counts as distance 0.
    /// </summary>
    public static string? Nearest(string written, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int limit = Math.Min(Math.Max(candidate.Length / 3, 1), 3);
            int d = candidate.StartsWith(written + ".", StringComparison.OrdinalIgnoreCase) ? 0 : Distance(written, candidate, limit);
            if (d <= limit && d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
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
