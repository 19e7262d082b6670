namespace PhotoDesk.Ingest.Entries;

/// <summary>
/// Agencies from an embedded credit line or source when the caption names none: <c>"AFP/Getty Images"</c> →
/// AFP, Getty Images; <c>"Ringo Chiu/AFP via Getty Images"</c> with creator Ringo Chiu → AFP, Getty Images.
/// Role words (pool, handout, file, staff) and the photographers' own names are not agencies.
/// </summary>
public static class CreditLineAgencies
{
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "pool", "handout", "file", "file photo", "staff", "courtesy", "photo", "photographer", "stringer",
    };

    public static IReadOnlyList<string> From(string? creditLine, IReadOnlyCollection<string> photographers)
    {
        if (string.IsNullOrWhiteSpace(creditLine)) return [];
        var result = new List<string>();
        foreach (var raw in creditLine.Replace(" via ", "/", StringComparison.OrdinalIgnoreCase).Split(['/', ';', '|']))
        {
            var part = Clean(raw);
            if (part.Length == 0 || RoleWords.Contains(part)) continue;
            if (photographers.Contains(part, StringComparer.OrdinalIgnoreCase)) continue;
            if (!result.Contains(part, StringComparer.OrdinalIgnoreCase)) result.Add(part);
        }
        return result;
    }

    private static string Clean(string part)
    {
        var s = part.Trim().Trim('(', ')', '©', '.', ',').Trim();
        if (s.StartsWith("Photo by ", StringComparison.OrdinalIgnoreCase)) s = s[9..].Trim();
        // "AP Photo", "AFP PHOTO": the agency is the first word.
        if (s.EndsWith(" Photo", StringComparison.OrdinalIgnoreCase) && s.Length > 6) s = s[..^6].Trim();
        return s;
    }
}
