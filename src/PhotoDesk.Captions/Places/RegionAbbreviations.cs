namespace PhotoDesk.Captions.Places;

/// <summary>
/// US states and DC by full name, USPS code ("CA") and AP style abbreviation ("Calif."), plus the older or
/// looser forms captions still carry ("Cal.", "Tex.", "Penn.", "Wisc."). The region we report is the full name.
/// </summary>
public static class RegionAbbreviations
{
    // USPS|full name|AP abbreviation and other written forms… (AP spells out Alaska, Hawaii, Idaho, Iowa,
    // Maine, Ohio, Texas and Utah, but older captions abbreviate some of them anyway.)
    private static readonly string[] Table =
    [
        "AL|Alabama|Ala.",
        "AK|Alaska|Alas.",
        "AZ|Arizona|Ariz.",
        "AR|Arkansas|Ark.",
        "CA|California|Calif.|Cal.|Cali.",
        "CO|Colorado|Colo.|Col.",
        "CT|Connecticut|Conn.",
        "DE|Delaware|Del.",
        "DC|District of Columbia|D.C.|Wash. D.C.",
        "FL|Florida|Fla.|Flor.",
        "GA|Georgia|Ga.",
        "HI|Hawaii|Haw.",
        "ID|Idaho|Ida.",
        "IL|Illinois|Ill.",
        "IN|Indiana|Ind.",
        "IA|Iowa",
        "KS|Kansas|Kan.|Kans.",
        "KY|Kentucky|Ky.",
        "LA|Louisiana|La.",
        "ME|Maine|Me.",
        "MD|Maryland|Md.",
        "MA|Massachusetts|Mass.",
        "MI|Michigan|Mich.",
        "MN|Minnesota|Minn.",
        "MS|Mississippi|Miss.",
        "MO|Missouri|Mo.",
        "MT|Montana|Mont.",
        "NE|Nebraska|Neb.|Nebr.",
        "NV|Nevada|Nev.",
        "NH|New Hampshire|N.H.",
        "NJ|New Jersey|N.J.",
        "NM|New Mexico|N.M.|N.Mex.",
        "NY|New York|N.Y.",
        "NC|North Carolina|N.C.",
        "ND|North Dakota|N.D.|N.Dak.",
        "OH|Ohio",
        "OK|Oklahoma|Okla.",
        "OR|Oregon|Ore.|Oreg.",
        "PA|Pennsylvania|Pa.|Penn.|Penna.",
        "RI|Rhode Island|R.I.",
        "SC|South Carolina|S.C.",
        "SD|South Dakota|S.D.|S.Dak.",
        "TN|Tennessee|Tenn.",
        "TX|Texas|Tex.",
        "UT|Utah",
        "VT|Vermont|Vt.",
        "VA|Virginia|Va.",
        "WA|Washington|Wash.",
        "WV|West Virginia|W.Va.|W. Va.",
        "WI|Wisconsin|Wis.|Wisc.",
        "WY|Wyoming|Wyo.",
    ];

    private static readonly Dictionary<string, string> NamesByCode = Table
        .Select(row => row.Split('|'))
        .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NamesBySpan =
        NamesByCode.GetAlternateLookup<ReadOnlySpan<char>>();

    // Names and abbreviations of three letters or more ("calif", "nc" is not among them).
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CodesBySpan =
        BuildKeys(twoLetter: false).GetAlternateLookup<ReadOnlySpan<char>>();

    // Two-letter AP abbreviations ("Ga.", "Pa.", "N.C."): they count only when written with their period.
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ShortAbbreviationsBySpan =
        BuildKeys(twoLetter: true).GetAlternateLookup<ReadOnlySpan<char>>();

    public static IEnumerable<string> PostalCodes => NamesByCode.Keys;

    /// <summary>"CA" → "California"; null for an unknown code.</summary>
    public static string? StateName(string? postalCode) =>
        postalCode is not null && NamesByCode.TryGetValue(postalCode.ToUpperInvariant(), out var name) ? name : null;

    /// <summary>
    /// Reads a state written out, as an AP abbreviation ("Calif.", "Ga.", "N.C.") or a USPS code ("CA", "NC").
    /// A code counts only in capitals ("IN" and "OR" are states, "in" and "or" words), and a two-letter
    /// abbreviation only with its period ("Ga.", "Pa.").
    /// </summary>
    public static bool TryFind(string? text, out string postalCode)
    {
        postalCode = string.Empty;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();
        var found = FindByKey(PlaceKey.Of(trimmed), IsPostalForm(trimmed), trimmed.EndsWith('.'));
        if (found is null) return false;
        postalCode = found;
        return true;
    }

    /// <param name="key">A <see cref="PlaceKey"/>.</param>
    /// <param name="upperCaseCode">The text was two capitals, with or without periods ("CA", "D.C.").</param>
    /// <param name="withPeriod">The text ended in a period ("Ga.").</param>
    internal static string? FindByKey(ReadOnlySpan<char> key, bool upperCaseCode, bool withPeriod)
    {
        if (key.Length > 2) return CodesBySpan.TryGetValue(key, out var code) ? code : null;
        if (key.Length != 2) return null;
        Span<char> upper = stackalloc char[2];
        key.ToUpperInvariant(upper);
        if (upperCaseCode) return NamesBySpan.TryGetValue(upper, out _) ? upper.ToString() : null;
        return withPeriod && ShortAbbreviationsBySpan.TryGetValue(key, out var shortCode) ? shortCode : null;
    }

    /// <summary>"CA", "N.C." or "D.C": two capital letters, with or without periods.</summary>
    internal static bool IsPostalForm(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (c == '.') continue;
            if (c is < 'A' or > 'Z') return false;
            letters++;
        }
        return letters == 2;
    }

    private static Dictionary<string, string> BuildKeys(bool twoLetter)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parts in Table.Select(row => row.Split('|')))
            foreach (var name in parts.Skip(1))
            {
                var key = PlaceKey.Of(name);
                if (key.Length > 2 != twoLetter) keys.TryAdd(key, parts[0]);
            }
        return keys;
    }
}
