using PhotoDesk.Core.Captions;

namespace PhotoDesk.Captions.Credits;

/// <summary>
/// Reads one credit ("Ringo Chiu/AFP/Getty Images", "AP Photo/Jae C. Hong, File", "Photo by Ludovic MARIN / POOL / AFP",
/// "U.S. Army photo by Sgt. Jane Doe", "Name for The New York Times") into photographers, agency chain and roles.
/// Returns null when the text is not a credit, which is how the locator tells credits from body sentences.
/// </summary>
public static class CreditLineParser
{
    // "<Org> photo by <Name>": military and institutional credits.
    private static readonly string[] OrgPhotoBy = [" photo by ", " photos by ", " photograph by ", " image by ", " photo illustration by "];

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Sgt", "Cpl", "Pvt", "Pfc", "Spc", "Lt", "Col", "Capt", "Maj", "Gen", "Adm", "Cmdr", "Cdr", "Ens", "Tech", "Jr", "Sr",
        "St", "Mr", "Mrs", "Ms", "Dr", "Inc", "Co", "Corp", "Ltd", "Amn", "Msgt", "Ssgt", "Tsgt", "Spec", "Mt", "Ft",
    };

    /// <summary>The credit's parts, or null when the text is not a credit.</summary>
    public static CreditParts? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200) return null;
        var s = Clean(text);
        if (s.Length == 0 || HasSentencePunctuation(s)) return null;

        var b = new CreditBuilder();
        s = CreditLeadIns.Strip(s, b);
        if (s.Length == 0) return b.Marker && b.Flags.Count > 0 ? b.Build() : null;

        foreach (var key in OrgPhotoBy)
        {
            var at = s.IndexOf(key, StringComparison.OrdinalIgnoreCase);
            if (at <= 0) continue;
            var org = s[..at].Trim();
            if (CreditPartClassifier.Role(org) is { } roleFlag) b.AddFlag(roleFlag);
            else if (AgencyNames.Known(org) is { } known) b.Agencies.Add(known);
            else if (CreditPartClassifier.LooksLikeOrg(org)) b.Agencies.Add(AgencyNames.Display(org));
            else return null;
            b.Marker = true;
            s = s[(at + key.Length)..].Trim();
            break;
        }

        // "Mike Blake | Reuters", "Name | Bloomberg | Getty Images": a pipe separates like a slash.
        if (s.Contains('|')) s = s.Replace(" | ", "/", StringComparison.Ordinal).Replace('|', '/');
        s = s.Replace("/via ", " via ", StringComparison.OrdinalIgnoreCase);
        s = CreditPieces.StripOnPlatform(s, b);
        var via = new List<string>();
        var viaAt = IndexOfWord(s, "via");
        if (viaAt >= 0)
        {
            var right = s[(viaAt + 3)..].Trim();
            if (!ReadChain(right, b, via, distributorOnly: true)) return null;
            s = s[..viaAt].Trim().TrimEnd('/', ',').Trim();
            b.Structured = true;
        }

        string? forOrg = null;
        var forAt = IndexOfWord(s, "for");
        if (forAt > 0)
        {
            var client = s[(forAt + 3)..].Trim();
            if (AgencyNames.Known(client) is null && !CreditPartClassifier.LooksLikeOrg(client)) return null;
            forOrg = AgencyNames.Known(client) ?? AgencyNames.Display(client);
            s = s[..forAt].Trim();
            b.Structured = true;
        }

        var chainStart = b.Agencies.Count;
        if (s.Length > 0 && !ReadMain(s, b)) return FallbackCourtesy(s, b, via);

        // "AFP PHOTO / HANDOUT / US NAVY": the wire's own prefix comes first but it distributes the originator's picture.
        if (b.LeadingWire && b.Agencies.Count - chainStart > 1 &&
            b.Agencies.Skip(chainStart + 1).All(a => !AgencyNames.IsDistributor(a)))
        {
            var wire = b.Agencies[chainStart];
            b.Agencies.RemoveAt(chainStart);
            b.Agencies.Add(wire);
        }

        // "Name for The New York Times": the client is the agency; "Name/Getty Images for Netflix": the client is not.
        if (forOrg is not null && b.Agencies.Count == chainStart) b.Agencies.Add(forOrg);
        foreach (var a in via) b.Agencies.Add(a);
        foreach (var a in b.ViaAgencies) b.Agencies.Add(a);

        return b.IsCredit() ? b.Build() : null;
    }

    private static bool ReadMain(string s, CreditBuilder b)
    {
        var pieces = CreditPieces.SplitPieces(s);
        if (pieces is null) return false;
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            piece = CreditPieces.StripRoleSuffix(piece, b);
            // "Jane Doe/For The Washington Post", "Jane Doe/Special to The Denver Post": a freelancer's client.
            foreach (var lead in (ReadOnlySpan<string>)["For ", "for ", "Special to ", "Special for ", "special to "])
                if (i > 0 && piece.StartsWith(lead, StringComparison.Ordinal)) piece = piece[lead.Length..].Trim();
            if (CreditPieces.IsLicence(piece)) continue;
            if (CreditPieces.SplitHyphenAgency(piece) is { } hyphenated)
            {
                // "Kirby Lee-Imagn Images", "Jane Doe-USA TODAY Sports": Imagn's name-hyphen-agency credit.
                b.Photographers.Add(PersonNames.Display(hyphenated.Person));
                if (!b.Agencies.Contains(hyphenated.Agency)) b.Agencies.Add(hyphenated.Agency);
                continue;
            }
            if (CreditPieces.SplitPeople(piece) is { } people)
            {
                foreach (var person in people) b.Photographers.Add(PersonNames.Display(person));
                continue;
            }
            var (kind, value) = CreditPartClassifier.Classify(piece);
            switch (kind)
            {
                case CreditPartKind.Invalid: return false;
                case CreditPartKind.Person when i > 0 && b.Photographers.Count > 0 && CreditPartClassifier.LooksLikeOrg(piece):
                    // "Jane Doe/Honolulu Civil Beat via AP": after the photographer, a name-like part is the publication.
                    if (!b.Agencies.Contains(AgencyNames.Display(piece))) b.Agencies.Add(AgencyNames.Display(piece));
                    break;
                case CreditPartKind.Person: b.Photographers.Add(value); break;
                case CreditPartKind.Role: b.AddFlag(value); break;
                case CreditPartKind.Placeholder: break; // "STR", "-": the photographer is unnamed
                case CreditPartKind.Agency when b.Marker && i == 0 && pieces.Count > 1 && AgencyNames.Known(piece) is null && PersonNames.Tokens(piece).Length == 1 && PersonNames.IsNameWord(piece.Trim()):
                    // "Photo by Libkos/Getty Images": after "Photo by", a lone name before the agency is the photographer.
                    b.Photographers.Add(PersonNames.Display(piece.Trim()));
                    break;
                case CreditPartKind.Agency:
                    if (b.Agencies.Count == 0 && b.Photographers.Count == 0 && i == 0 && AgencyNames.IsDistributor(value)) b.LeadingWire = true;
                    if (!b.Agencies.Contains(value)) b.Agencies.Add(value);
                    break;
            }
        }
        if (pieces.Count > 1) b.Structured = true;
        return true;
    }

    // After "via": agencies and roles only ("AP", "REUTERS/File Photo", "Getty Images").
    private static bool ReadChain(string s, CreditBuilder b, List<string> into, bool distributorOnly)
    {
        if (s.Length == 0) return false;
        var pieces = CreditPieces.SplitPieces(s);
        if (pieces is null) return false;
        foreach (var piece in pieces)
        {
            var (kind, value) = CreditPartClassifier.Classify(piece);
            if (kind == CreditPartKind.Role) { b.AddFlag(value); continue; }
            if (kind == CreditPartKind.Placeholder) continue;
            if (kind == CreditPartKind.Person && CreditPartClassifier.LooksLikeOrg(piece)) value = AgencyNames.Display(piece);
            else if (kind != CreditPartKind.Agency) return false;
            if (distributorOnly && into.Count > 0 && !AgencyNames.IsDistributor(value)) return false;
            into.Add(value);
        }
        return into.Count > 0;
    }

    // "Courtesy of the Smith family": after a courtesy lead-in the rest is the source, whatever its form.
    private static CreditParts? FallbackCourtesy(string s, CreditBuilder b, List<string> via)
    {
        if (!b.Flags.Contains(CaptionFlags.Courtesy) || PersonNames.Tokens(s).Length > 8) return null;
        b.Photographers.Clear();
        b.Agencies.Add(AgencyNames.Display(s));
        foreach (var a in via) b.Agencies.Add(a);
        return b.Build();
    }

    private static string Clean(string text)
    {
        var s = text.Trim();
        if (s.Length >= 2 && (s[0] == '(' && s[^1] == ')' || s[0] == '[' && s[^1] == ']')) s = s[1..^1].Trim();
        s = s.TrimEnd(',', ';').TrimEnd();
        if (s.EndsWith('.') && !EndsWithAbbreviation(s)) s = s[..^1].TrimEnd();
        return s;
    }

    // "Jr.", "Inc." and initials keep their period when a credit ends a sentence.
    private static bool EndsWithAbbreviation(string s)
    {
        var space = s.LastIndexOfAny([' ', '/']);
        var last = s[(space + 1)..];
        return last is "Jr." or "Sr." or "Inc." or "Co." or "Ltd." or "Corp.";
    }

    private static bool HasSentencePunctuation(string s)
    {
        var depth = 0;
        foreach (var c in s)
        {
            if (c is '"' or '“' or '”' or '?' or '!' or '\n' or '\r' or '[' or ']') return true;
            // "WANA (West Asia News Agency)/Handout": a balanced aside inside a credit part is allowed.
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) return true;
        }
        if (depth != 0) return true;
        // A period inside a credit only follows an initial or abbreviation ("Jae C. Hong", "U.S. Army", "Sgt."),
        // never a full word followed by a new word: "Smith. Ringo Chiu/AFP" is two sentences.
        for (var i = s.IndexOf(". ", StringComparison.Ordinal); i >= 0; i = s.IndexOf(". ", i + 1, StringComparison.Ordinal))
        {
            var start = i;
            while (start > 0 && s[start - 1] is not (' ' or '/')) start--;
            var word = s[start..i];
            if ((word.Length == 1 && char.IsUpper(word[0])) || (word.Contains('.') && !word.Any(char.IsDigit)) || Abbreviations.Contains(word)) continue;
            return true;
        }
        return false;
    }

    private static int IndexOfWord(string s, string word)
    {
        for (var at = s.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = s.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 || s[at - 1] == ' ';
            var after = at + word.Length < s.Length && s[at + word.Length] == ' ';
            if (before && after) return at;
        }
        return -1;
    }

}
