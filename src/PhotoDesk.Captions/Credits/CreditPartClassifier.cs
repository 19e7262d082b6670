using PhotoDesk.Core.Captions;

namespace PhotoDesk.Captions.Credits;

/// <summary>Classifies one piece of a credit ("Ringo CHIU", "AFP PHOTO", "POOL", "Los Angeles Times", "STR").</summary>
internal static class CreditPartClassifier
{
    private static readonly Dictionary<string, string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Pool"] = CaptionFlags.Pool, ["Pool Photo"] = CaptionFlags.Pool, ["Pool Image"] = CaptionFlags.Pool,
        ["Pool Picture"] = CaptionFlags.Pool, ["Pool Pic"] = CaptionFlags.Pool,
        ["File"] = CaptionFlags.File, ["File Photo"] = CaptionFlags.File, ["File Pic"] = CaptionFlags.File,
        ["File Picture"] = CaptionFlags.File, ["File Image"] = CaptionFlags.File, ["Archive"] = CaptionFlags.File,
        ["Handout"] = CaptionFlags.Handout, ["Handout Photo"] = CaptionFlags.Handout, ["HO"] = CaptionFlags.Handout,
        ["Handout Picture"] = CaptionFlags.Handout, ["Handout Image"] = CaptionFlags.Handout,
        ["Courtesy"] = CaptionFlags.Courtesy, ["Courtesy Photo"] = CaptionFlags.Courtesy,
    };

    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "-", "–", "—", "STR", "Stringer", "Staff", "Staff Photographer", "Released", "X", "N/A", "NA", "Unknown",
        "Photographer", "Photo", "Photos", "Str.",
    };

    private static readonly HashSet<string> OrgConnectors = new(StringComparer.Ordinal)
    {
        "of", "the", "for", "and", "&", "de", "du", "des", "la", "le", "y", "del", "di", "van", "von",
        "und", "et", "a", "dpa", "picture", "alliance", "epa", "efe", "e", "da", "do", "der", "die",
    };

    /// <summary>The flag a role word stands for, or null.</summary>
    public static string? Role(string part) => Roles.TryGetValue(part.Trim(), out var flag) ? flag : null;

    public static bool IsPlaceholder(string part) => Placeholders.Contains(part.Trim());

    /// <summary>Kind of a credit piece and its display value.</summary>
    public static (CreditPartKind Kind, string Value) Classify(string raw)
    {
        var part = raw.Trim().TrimEnd(',', ';', ':').Trim();
        if (part.Length == 0 || IsPlaceholder(part)) return (CreditPartKind.Placeholder, "");
        if (Role(part) is { } flag) return (CreditPartKind.Role, flag);
        if (AgencyNames.Known(part) is { } known) return (CreditPartKind.Agency, known);
        if (StripSuffixWord(part, "photo") is { } orgBeforePhoto && LooksLikeOrg(orgBeforePhoto))
            return (CreditPartKind.Agency, AgencyNames.Display(orgBeforePhoto));
        if (PersonNames.LooksLikePerson(part)) return (CreditPartKind.Person, PersonNames.Display(part));
        if (LooksLikeOrg(part)) return (CreditPartKind.Agency, AgencyNames.Display(part));
        return (CreditPartKind.Invalid, part);
    }

    /// <summary>
    /// True when the text reads as an organisation's name: capitalised words, acronyms, numbers, a few connectors
    /// ("Department of Defense", "U.S. Army", "ABACAPRESS.COM", "dpa", "CQ-Roll Call, Inc"). Never a sentence.
    /// </summary>
    public static bool LooksLikeOrg(string part)
    {
        var tokens = PersonNames.Tokens(part);
        if (tokens.Length is 0 or > 8) return false;
        // "cnsphoto via REUTERS": some sources write their one-word name in lowercase.
        if (tokens.Length == 1 && tokens[0].Length >= 3 && tokens[0].All(char.IsLower)) return true;
        var capitalised = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i].TrimEnd(',');
            if (t.Trim('(', ')').Length == 0) return false;
            var first = t.TrimStart('(')[0] is var f0 ? f0 : t[0];
            if (OrgConnectors.Contains(t))
            {
                if (i == 0 && t is not ("the" or "dpa" or "picture" or "epa")) return false;
                continue;
            }
            if (!char.IsUpper(first) && !char.IsDigit(first)) return false;
            if (IsWeekday(t)) return false;
            foreach (var c in t)
                if (!(char.IsLetterOrDigit(c) || c is '.' or '-' or '\'' or '’' or '&' or '+' or '(' or ')')) return false;
            capitalised++;
        }
        // An organisation's name has letters: "8" or "2025" is a number, not an agency.
        return capitalised > 0 && part.Any(char.IsLetter);
    }

    private static bool IsWeekday(string t) => t.TrimEnd('.', ',') is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "MONDAY" or "TUESDAY" or "WEDNESDAY" or "THURSDAY" or "FRIDAY" or "SATURDAY" or "SUNDAY";

    /// <summary>"U.S. Air Force photo" → "U.S. Air Force"; null when the part does not end with the word.</summary>
    private static string? StripSuffixWord(string part, string word)
    {
        if (part.Length <= word.Length + 1) return null;
        if (!part.EndsWith(word, StringComparison.OrdinalIgnoreCase) || part[^(word.Length + 1)] != ' ') return null;
        return part[..^(word.Length + 1)].TrimEnd();
    }
}
