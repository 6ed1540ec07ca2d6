namespace SmartGateway.Compiler.Diagnostics;

/// <summary>"Did you mean …": the known name nearest to a misspelt one, by edit distance with transpositions.</summary>
public static class NearestName
{
    /// <summary>
    /// The candidate nearest to <paramref name="word"/> (first of equals), or null when none is close: one
    /// edit for words up to four letters, two beyond, so "esle" finds "else" and "adn" finds "and".
    /// </summary>
    public static string? Find(string word, IEnumerable<string> candidates)
    {
        int allowed = word.Length <= 4 ? 1 : 2;
        string? best = null;
        int bestDistance = allowed + 1;
        foreach (string candidate in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) > allowed || candidate == word) continue;
            int d = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    private static int Distance(string a, string b)
    {
        int[,] d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
