namespace PhotoDesk.Credits.Names;

/// <summary>Optimal-string-alignment Damerau-Levenshtein distance: insertions, deletions, substitutions, adjacent transpositions.</summary>
public static class EditDistance
{
    public static int DamerauLevenshtein(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    best = Math.Min(best, d[i - 2, j - 2] + 1);
                d[i, j] = best;
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>The distance divided by the longer length: 0 = identical, 1 = nothing in common.</summary>
    public static double Normalized(string a, string b)
    {
        var longest = Math.Max(a.Length, b.Length);
        return longest == 0 ? 0 : (double)DamerauLevenshtein(a, b) / longest;
    }
}
