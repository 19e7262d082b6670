using PhotoDesk.Core.Captions;

namespace PhotoDesk.Captions.Credits;

/// <summary>Cutting a credit into pieces and reading the pieces that need more than a lookup.</summary>
internal static class CreditPieces
{
    /// <summary>Splits on slashes, then peels comma roles ("Name, File"), suffixes ("Name, Jr.") and "Inc".</summary>
    internal static List<string>? SplitPieces(string s)
    {
        var result = new List<string>(4);
        foreach (var slashPart in s.Split('/'))
        {
            var commaParts = slashPart.Split(',');
            for (var i = 0; i < commaParts.Length; i++)
            {
                var p = commaParts[i].Trim();
                if (i > 0 && result.Count > 0 && (PersonNames.IsSuffix(p) || p is "Inc" or "Inc." or "Ltd" or "Ltd." or "LLC"))
                {
                    result[^1] = result[^1] + (PersonNames.IsSuffix(p) ? " " : ", ") + p;
                    continue;
                }
                // After a comma only a role ("Name, File") or another photographer ("Name, Name") may follow:
                // "Protesters in Los Angeles, California, USA, …" is a dateline, not a list of agencies.
                if (i > 0 && CreditPartClassifier.Role(p) is null && !CreditPartClassifier.IsPlaceholder(p) && !PersonNames.LooksLikePerson(p) &&
                    !IsClearlyOrganisation(p))
                    return null;
                result.Add(p);
            }
        }
        return result;
    }

    // Getty pool credits: "Jim Watson-Pool/Getty Images", "Name - Pool/Getty Images".
    internal static string StripRoleSuffix(string piece, CreditBuilder b)
    {
        foreach (var (suffix, flag) in (ReadOnlySpan<(string, string)>)[("-Pool", CaptionFlags.Pool), (" Pool", CaptionFlags.Pool), ("-Handout", CaptionFlags.Handout), (" Handout", CaptionFlags.Handout), (" - File", CaptionFlags.File)])
        {
            if (piece.Length <= suffix.Length + 2 || !piece.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = piece[..^suffix.Length].TrimEnd(' ', '-', '–');
            // "EPA-EFE/UKRAINIAN PRESIDENTIAL PRESS SERVICE HANDOUT", "Reuters Pool": a role word after a name.
            if (suffix[0] == ' ' && AgencyNames.Known(rest) is null && !PersonNames.LooksLikePerson(rest) && !CreditPartClassifier.LooksLikeOrg(rest)) continue;
            b.AddFlag(flag);
            return rest;
        }
        return piece;
    }

    internal static bool IsClearlyOrganisation(string p)
    {
        if (AgencyNames.Known(p) is not null) return true;
        if (!CreditPartClassifier.LooksLikeOrg(p)) return false;
        return p.StartsWith("The ", StringComparison.Ordinal) || PersonNames.Tokens(p).Any(AgencyNames.IsOrgWord);
    }

    // Creative Commons and similar licence notes are not agencies: "Wikimedia Commons / CC BY-SA 4.0".
    internal static bool IsLicence(string piece)
    {
        var p = piece.Trim();
        return p.StartsWith("CC BY", StringComparison.OrdinalIgnoreCase) || p.StartsWith("CC-BY", StringComparison.OrdinalIgnoreCase) ||
               p.StartsWith("CC0", StringComparison.OrdinalIgnoreCase) || p.Equals("Public domain", StringComparison.OrdinalIgnoreCase) ||
               p.StartsWith("Licensed under", StringComparison.OrdinalIgnoreCase);
    }

    // "Photo by Jane Doe on Unsplash": the platform is the source.
    internal static string StripOnPlatform(string s, CreditBuilder b)
    {
        var at = s.LastIndexOf(" on ", StringComparison.OrdinalIgnoreCase);
        if (at <= 0) return s;
        var platform = s[(at + 4)..].Trim();
        if (platform is not ("Unsplash" or "Pexels" or "Pixabay" or "Flickr" or "Instagram")) return s;
        b.ViaAgencies.Add(platform);
        b.Structured = true;
        return s[..at].Trim();
    }

    internal static (string Person, string Agency)? SplitHyphenAgency(string piece)
    {
        for (var at = piece.IndexOf('-'); at > 0; at = piece.IndexOf('-', at + 1))
        {
            var right = piece[(at + 1)..].Trim();
            if (AgencyNames.Known(right) is not { } agency) continue;
            var left = piece[..at].Trim();
            if (PersonNames.LooksLikePerson(left)) return (left, agency);
        }
        return null;
    }

    // "Jane Doe and John Roe", "Jane Doe & John Roe": several photographers in one piece.
    internal static List<string>? SplitPeople(string piece)
    {
        string[] sides;
        if (piece.Contains(" and ", StringComparison.Ordinal)) sides = piece.Split(" and ");
        else if (piece.Contains(" & ", StringComparison.Ordinal)) sides = piece.Split(" & ");
        else return null;
        foreach (var side in sides)
            if (!PersonNames.LooksLikePerson(side.Trim())) return null;
        return sides.Select(x => x.Trim()).ToList();
    }
}
