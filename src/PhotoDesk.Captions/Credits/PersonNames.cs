namespace PhotoDesk.Captions.Credits;

/// <summary>
/// Photographer names in credits: whether a credit part reads as a person, and its display form
/// ("RINGO CHIU" and "Ringo CHIU" → "Ringo Chiu"; "Staff Sgt. Jane Doe" → "Jane Doe"; "Jr.", particles, Mc/O' kept).
/// </summary>
public static class PersonNames
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "da", "das", "do", "dos", "du", "del", "della", "dela", "der", "den", "di", "van", "von", "le", "la",
        "ten", "ter", "bin", "binti", "al", "el", "ibn", "y", "zu", "af", "av", "des", "lo",
    };

    // Particles printed in lowercase when a credit gives them in capitals ("Carl DE SOUZA" → "Carl de Souza"). Italian
    // and French "Di", "Lo", "Le", "La" are usually capitalised ("Jim Lo Scalzo"), so they keep a capital.
    private static readonly HashSet<string> LowercaseParticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "da", "das", "do", "dos", "du", "van", "von", "der", "den", "del", "della", "y", "bin", "binti", "ibn", "ter", "ten", "zu",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV",
    };

    // Military ranks and grades as credits print them ("Sgt.", "Staff Sgt.", "Mass Communication Specialist 2nd Class").
    private static readonly HashSet<string> CoreRanks = new(StringComparer.OrdinalIgnoreCase)
    {
        "Pvt", "PV1", "PV2", "Pfc", "Cpl", "LCpl", "Sgt", "SSgt", "SSG", "SFC", "MSG", "MSgt", "TSgt", "1stSgt", "SGM", "CSM",
        "Spc", "Spec", "SP4", "Lt", "1stLt", "2ndLt", "1LT", "2LT", "Capt", "Cpt", "Maj", "Col", "LtCol", "LTC", "Gen",
        "Adm", "RAdm", "VAdm", "Cmdr", "Cdr", "LCdr", "Ens", "CWO", "CW2", "CW3", "CW4", "CW5", "WO", "WO1", "PO1", "PO2",
        "PO3", "CPO", "SCPO", "MCPO", "MC1", "MC2", "MC3", "MCC", "MCCS", "MCSN", "MCSA", "SrA", "A1C", "Amn", "AB",
        "Airman", "Seaman", "Officer", "Specialist", "Sergeant", "Corporal", "Private", "Lieutenant", "Captain", "Major",
        "Colonel", "General", "Admiral", "Commander", "Ensign", "Cadet", "Sgt.Maj", "Spc4",
    };

    private static readonly HashSet<string> RankModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Staff", "Master", "Senior", "Chief", "First", "1st", "2nd", "3rd", "Tech", "Technical", "Lance", "Petty",
        "Command", "Gunnery", "Mass", "Communication", "Communications", "Class", "Warrant", "Flight", "Second", "Third",
        "Apprentice", "Recruit", "Sr", "Lt", "Army", "Navy", "Air", "Force", "Marine", "Corps", "Guard", "National",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "In", "On", "At", "Of", "And", "For", "With", "From", "To", "By", "As", "After", "During",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Photo", "Photos", "Image",
        "Pool", "File", "Handout", "Courtesy", "Via", "Credit", "Photographer", "Picture", "Staff", "Stringer", "This",
        "That", "These", "Those", "He", "She", "They", "It", "His", "Her", "Their", "Its", "We", "I", "You", "Our",
    };

    private static readonly string[] MacNames =
    [
        "MacDonald", "MacKenzie", "MacLeod", "MacMillan", "MacArthur", "MacGregor", "MacIntyre", "MacLean", "MacNeil",
        "MacPherson", "MacDougall", "MacFarlane", "MacInnes", "MacNamara", "MacAulay", "MacIver", "MacKinnon",
    ];

    /// <summary>True when the part reads as one person's name (ranks allowed, organisation words not).</summary>
    public static bool LooksLikePerson(string part, bool allowSingleWord = false)
    {
        var tokens = Tokens(part);
        var start = RankPrefixLength(tokens);
        var count = tokens.Length - start;
        if (count < 1 || count > 6) return false;
        var words = 0;
        for (var i = start; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (NotNames.Contains(t) || AgencyNames.IsOrgWord(t)) return false;
            // "IDF Spokesperson's Unit": possessives and a leading acronym before ordinary words belong to organisations.
            if (t.EndsWith("'s", StringComparison.Ordinal) || t.EndsWith("’s", StringComparison.Ordinal)) return false;
            if (i == start && t.Length >= 3 && !HasLower(t) && LetterCount(t) == t.Length && i + 1 < tokens.Length && HasLower(tokens[i + 1])) return false;
            if (IsSuffix(t) && i > start) continue;
            if (IsParticle(t) && i > start && i < tokens.Length - 1) continue;
            if (IsInitial(t)) continue;
            if (!IsNameWord(t)) return false;
            words++;
        }
        if (words == 0) return false;
        return count >= 2 || start > 0 || allowSingleWord;
    }

    /// <summary>The display form: ranks dropped, all-caps words cased, particles, initials, "Jr." and accents kept.</summary>
    public static string Display(string part)
    {
        var tokens = Tokens(part);
        var start = RankPrefixLength(tokens);
        if (start >= tokens.Length) start = 0;
        var allCaps = true;
        for (var i = start; i < tokens.Length && allCaps; i++)
            foreach (var c in tokens[i])
                if (char.IsLower(c)) { allCaps = false; break; }

        var output = new List<string>(tokens.Length - start);
        for (var i = start; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var isLast = i == tokens.Length - 1;
            if (IsSuffix(t))
                output.Add(t.StartsWith("J", StringComparison.OrdinalIgnoreCase) ? "Jr." : t.StartsWith("S", StringComparison.OrdinalIgnoreCase) ? "Sr." : t.ToUpperInvariant());
            else if (IsInitial(t))
                output.Add(t.ToUpperInvariant());
            else if (i > start && !isLast && !HasLower(t) && (LowercaseParticles.Contains(t) ||
                     t is "LA" or "LAS" or "LOS" && i > 0 && tokens[i - 1].Equals("de", StringComparison.OrdinalIgnoreCase)))
                output.Add(t.ToLowerInvariant());
            else if (!HasLower(t) && LetterCount(t) >= 2 && (allCaps || LetterCount(t) >= 3 || isLast))
                output.Add(CapitaliseWord(t));
            else
                output.Add(t);
        }
        return string.Join(' ', output);
    }

    /// <summary>"CABALLERO-REYNOLDS" → "Caballero-Reynolds", "O'NEILL" → "O'Neill", "MCNEW" → "McNew", "ÉRIC" → "Éric".</summary>
    public static string CapitaliseWord(string word)
    {
        var chars = word.ToLowerInvariant().ToCharArray();
        var startOfSegment = true;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is '-' or '/') { startOfSegment = true; continue; }
            if (c is '\'' or '’')
            {
                // O'Neill, D'Angelo: a one-letter prefix before the apostrophe.
                startOfSegment = i == 1 || (i >= 2 && chars[i - 2] == '-');
                continue;
            }
            if (!char.IsLetter(c)) continue;
            if (startOfSegment)
            {
                chars[i] = char.ToUpperInvariant(c);
                if (c == 'm' && i + 2 < chars.Length && chars[i + 1] == 'c' && char.IsLetter(chars[i + 2]))
                    chars[i + 2] = char.ToUpperInvariant(chars[i + 2]);
                startOfSegment = false;
            }
        }
        var result = new string(chars);
        foreach (var mac in MacNames)
            if (string.Equals(result, mac, StringComparison.OrdinalIgnoreCase)) return mac;
        return result;
    }

    internal static bool IsParticle(string t) => Particles.Contains(t) && (!HasUpper(t) || !HasLower(t));

    internal static bool IsSuffix(string t) => Suffixes.Contains(t);

    /// <summary>"C.", "H.W.", "J": one uppercase letter, optionally several with periods.</summary>
    internal static bool IsInitial(string t)
    {
        if (t.Length == 0 || !char.IsUpper(t[0])) return false;
        if (t.Length == 1) return true;
        for (var i = 0; i < t.Length; i++)
        {
            var letterSlot = i % 2 == 0;
            if (letterSlot ? !char.IsUpper(t[i]) : t[i] != '.') return false;
        }
        return t[^1] == '.' || t.Length % 2 == 1;
    }

    internal static bool IsNameWord(string t)
    {
        // "al-Omari", "el-Sayed", "d'Alessandro": a lowercase particle joined to a capitalised name.
        var joint = t.IndexOfAny(['-', '\'', '’']);
        if (joint is > 0 and <= 3 && joint + 1 < t.Length && char.IsLower(t[0]) && char.IsUpper(t[joint + 1]))
            t = t[(joint + 1)..];
        if (t.Length < 2 || !char.IsUpper(t[0])) return false;
        for (var i = 1; i < t.Length; i++)
        {
            var c = t[i];
            if (char.IsLetter(c) || c is '-' or '\'' or '’') continue;
            return false;
        }
        return true;
    }

    internal static string[] Tokens(string part) => part.Split((char[])[' ', '\u00A0', '\t'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>How many leading tokens are a military rank ("Staff Sgt.", "Mass Communication Specialist 2nd Class").</summary>
    internal static int RankPrefixLength(string[] tokens)
    {
        var j = 0;
        var sawCore = false;
        while (j < tokens.Length - 1)
        {
            var t = tokens[j].TrimEnd('.');
            if (CoreRanks.Contains(t) || CoreRanks.Contains(tokens[j])) sawCore = true;
            else if (!RankModifiers.Contains(t)) break;
            j++;
        }
        return sawCore ? j : 0;
    }

    private static bool HasLower(string s)
    {
        foreach (var c in s) if (char.IsLower(c)) return true;
        return false;
    }

    private static bool HasUpper(string s)
    {
        foreach (var c in s) if (char.IsUpper(c)) return true;
        return false;
    }

    private static int LetterCount(string s)
    {
        var n = 0;
        foreach (var c in s) if (char.IsLetter(c)) n++;
        return n;
    }
}
