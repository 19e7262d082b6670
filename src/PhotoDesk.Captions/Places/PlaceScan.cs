using System.Buffers;
using System.Globalization;
using PhotoDesk.Core.Captions;

namespace PhotoDesk.Captions.Places;

/// <summary>
/// One pass over one caption: tokens, name runs, and the readings they support. Lookups are hash probes on
/// the candidate names only, never a scan of the gazetteer. Patterns live in PlaceScan.Patterns.cs.
/// </summary>
internal sealed partial class PlaceScan : IDisposable
{
    /// <summary>Places are named early; the rest of a very long caption is not read.</summary>
    public const int MaxTextLength = 4000;

    private const int MaxTokens = 800;
    private const int MaxRunTokens = 8;
    private const int MaxQualifierTokens = 4;

    // Countries whose capital carries the country's name and is the country ("in Singapore").
    private static readonly HashSet<string> CityStates = ["SG", "HK", "MO", "MC", "VA", "GI", "SM", "LU", "KW", "DJ"];

    // Regions news names by a city's name: "in Gaza" is the Strip, not Gaza City.
    private static readonly Dictionary<string, PlaceArea> RegionAliases = new(StringComparer.Ordinal)
    {
        ["gaza"] = new("PS", "GZ", "Gaza Strip"),
        ["the gaza strip"] = new("PS", "GZ", "Gaza Strip"),
        ["the west bank"] = new("PS", "WE", "West Bank"),
        ["kashmir"] = new("IN", "12", "Jammu and Kashmir"),
        ["washington state"] = new("US", "WA", "Washington"),
    };

    // Areas that "in X" means even though a city of that name lies in them: Quebec the province, not Québec.
    private static readonly HashSet<string> AreasOverCities = ["CA.10", "MX.20", "MX.06", "MX.10", "MX.30", "MX.21", "MX.25"];

    private readonly Gazetteer _gazetteer;
    private readonly string _text;
    private readonly CaptionToken[] _tokens;
    private readonly int _count;
    private List<PlaceArea>? _mentions;

    public PlaceScan(Gazetteer gazetteer, string text)
    {
        _gazetteer = gazetteer;
        _text = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
        _tokens = ArrayPool<CaptionToken>.Shared.Rent(MaxTokens);
        _count = CaptionTokenizer.Tokenize(_text, _tokens.AsSpan(0, MaxTokens));
    }

    public void Dispose() => ArrayPool<CaptionToken>.Shared.Return(_tokens);

    private ReadOnlySpan<char> Word(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private bool IsWord(int i, string word) =>
        i >= 0 && i < _count && _tokens[i].IsWord && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsKind(int i, TokenKind kind) => i >= 0 && i < _count && _tokens[i].Kind == kind;

    private bool IsNameLike(int i) => i >= 0 && i < _count && _tokens[i].IsNameLike;

    /// <summary>Text from token <paramref name="start"/> to before <paramref name="end"/>, as written.</summary>
    private ReadOnlySpan<char> Span(int start, int end) =>
        _text.AsSpan(_tokens[start].Start, _tokens[end - 1].End - _tokens[start].Start);

    private int Key(int start, int end, Span<char> buffer) => PlaceKey.Write(Span(start, end), buffer);

    /// <summary>
    /// The end (exclusive) of the run of name words from <paramref name="start"/>: capitalised words, initials,
    /// and lower-case connectors between them ("Rio de Janeiro"). A possessive or a sentence period ends it.
    /// </summary>
    private int RunEnd(int start)
    {
        if (!IsNameLike(start)) return start;
        var i = start;
        while (i < _count && i - start < MaxRunTokens)
        {
            var token = _tokens[i];
            if (token.IsNameLike)
            {
                // "Los Angeles Tuesday", "Powderhorn Park Sunday": a date word is never inside a name, nor, in
                // text set in capitals, a small word ("IN LOS ANGELES ON TUESDAY").
                if (i > start && (PlaceVocabulary.IsCalendarWord(Word(i))
                    || token.Is(TokenFlags.AllCaps) && PlaceVocabulary.IsFunctionWord(Word(i)) && !PlaceVocabulary.IsConnector(Word(i))))
                    break;
                i++;
                if (token.Is(TokenFlags.Possessive)) break;
                if (token.Is(TokenFlags.Period) && !IsAbbreviatedNamePart(i - 1)) break;
                continue;
            }
            if (token.IsWord && PlaceVocabulary.IsConnector(Word(i)) && IsNameLike(i + 1)) { i++; continue; }
            break;
        }
        // A trailing connector is never part of the name.
        while (i > start && !_tokens[i - 1].IsNameLike) i--;
        return i;
    }

    /// <summary>Token <paramref name="i"/> begins a run of name words: nothing name-like before it in the same sentence.</summary>
    private bool StartsRun(int i) =>
        !IsNameLike(i - 1) || _tokens[i - 1].Is(TokenFlags.Period) && !IsAbbreviatedNamePart(i - 1) && !_tokens[i - 1].Is(TokenFlags.InnerPeriod);

    // "R." in "Edward R. Roybal", "St." in "St. Louis": a period that does not end the name.
    private bool IsAbbreviatedNamePart(int i)
    {
        var word = Word(i);
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return word.Equals("St", StringComparison.OrdinalIgnoreCase) || word.Equals("Ste", StringComparison.OrdinalIgnoreCase)
            || word.Equals("Mt", StringComparison.OrdinalIgnoreCase) || word.Equals("Ft", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A name may stop before the end of its run only where a connector follows ("Los Angeles and San Francisco").</summary>
    private bool CanEndAt(int end, int runEnd) =>
        end == runEnd || _tokens[end].IsWord && PlaceVocabulary.IsConnector(Word(end));

    /// <summary>Reads ", State" / ", Country" after token <paramref name="comma"/>; null when what follows is neither.</summary>
    private PlaceQualifier? ReadQualifier(int comma)
    {
        if (!IsKind(comma, TokenKind.Comma)) return null;
        var start = comma + 1;
        var runEnd = QualifierRunEnd(start);
        Span<char> key = stackalloc char[PlaceKey.MaxLength * 2];
        for (var end = runEnd; end > start; end--)
        {
            var length = Key(start, end, key);
            if (length <= 0) continue;
            var areas = AreasFor(key[..length], start, end, qualifier: true);
            if (areas.Length > 0) return new PlaceQualifier(areas, end);
        }
        return null;
    }

    private int QualifierRunEnd(int start)
    {
        var i = start;
        while (i < _count && i - start < MaxQualifierTokens && IsNameLike(i))
        {
            i++;
            if (_tokens[i - 1].Is(TokenFlags.Period) || _tokens[i - 1].Is(TokenFlags.Possessive)) break;
        }
        return i;
    }

    /// <summary>
    /// What a name can mean as a region or country. As a qualifier (after a comma) abbreviations count
    /// ("Calif.", "Ga.", "CA"); in running text only names written out do ("California", "U.S.").
    /// </summary>
    private PlaceArea[] AreasFor(ReadOnlySpan<char> key, int start, int end, bool qualifier)
    {
        if (end - start == 1 && !qualifier && PlaceVocabulary.IsCommonNoun(Word(start))) return [];
        var areas = new List<PlaceArea>(2);
        if (RegionAliases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var alias)) areas.Add(alias);
        var last = _tokens[end - 1];
        var written = Span(start, end);
        var state = qualifier
            ? RegionAbbreviations.FindByKey(key, RegionAbbreviations.IsPostalForm(written), last.Is(TokenFlags.Period))
            : FullStateName(key);
        if (state is not null) areas.Add(new PlaceArea("US", state, RegionAbbreviations.StateName(state)));
        var country = CountryNames.FindByKey(key);
        if (country is not null && (qualifier || !IsLowerCaseOrShortAlias(written))) areas.Add(new PlaceArea(country, null, null));
        foreach (var region in _gazetteer.RegionsByKey(key))
            if (!(region.CountryCode == "US" && state == region.Admin1Code))
                areas.Add(new PlaceArea(region.CountryCode, region.Admin1Code, region.Name));
        return areas.Count == 0 ? [] : [.. areas];
    }

    // In running text "US" is a country only in capitals and "us" never; "Korea" yes, "korea" no.
    private static bool IsLowerCaseOrShortAlias(ReadOnlySpan<char> written) => written.Length > 0 && char.IsLower(written[0]);

    private static string? FullStateName(ReadOnlySpan<char> key)
    {
        var code = RegionAbbreviations.FindByKey(key, upperCaseCode: false, withPeriod: false);
        return code is not null && PlaceKey.Of(RegionAbbreviations.StateName(code)!).AsSpan().SequenceEqual(key) ? code : null;
    }

    /// <summary>The most populous place of that key lying in every qualifier's area; null when none does.</summary>
    private GazetteerPlace? CityIn(ReadOnlySpan<char> key, PlaceQualifier? first, PlaceQualifier? second)
    {
        for (var posting = _gazetteer.FirstPosting(key); posting >= 0; posting = _gazetteer.NextPosting(posting))
        {
            var place = _gazetteer.PlaceAt(posting);
            if (first?.AreaContaining(place) is null && first is not null) continue;
            if (second?.AreaContaining(place) is null && second is not null) continue;
            return place;
        }
        return null;
    }

    /// <summary>
    /// The place of that key the caption means when no qualifier says: one in a state or country the caption
    /// names elsewhere, else the most populous.
    /// </summary>
    private GazetteerPlace? BestCity(ReadOnlySpan<char> key)
    {
        GazetteerPlace? top = null;
        var mentions = Mentions();
        for (var posting = _gazetteer.FirstPosting(key); posting >= 0; posting = _gazetteer.NextPosting(posting))
        {
            var place = _gazetteer.PlaceAt(posting);
            top ??= place;
            if (mentions.Count == 0) break;
            foreach (var area in mentions)
                if (area.Contains(place) && place.Population >= 1000) return place;
        }
        return top;
    }

    /// <summary>States, regions and countries named anywhere in the caption, written out ("Texas", "Gaza Strip", "Ukraine").</summary>
    private List<PlaceArea> Mentions()
    {
        if (_mentions is not null) return _mentions;
        _mentions = [];
        Span<char> key = stackalloc char[PlaceKey.MaxLength * 2];
        for (var i = 0; i < _count && _mentions.Count < 12; i++)
        {
            if (!_tokens[i].Is(TokenFlags.Capitalised)) continue;
            var runEnd = Math.Min(RunEnd(i), i + 3);
            for (var end = runEnd; end > i; end--)
            {
                var length = Key(i, end, key);
                if (length <= 0) continue;
                var state = FullStateName(key[..length]);
                if (state is not null) { _mentions.Add(new PlaceArea("US", state, null)); break; }
                if (end - i == 1 && PlaceVocabulary.IsCommonNoun(Word(i))) continue;
                var country = CountryNames.FindByKey(key[..length]);
                if (country is not null)
                {
                    _mentions.Add(new PlaceArea(country, null, null));
                    break;
                }
                var regions = _gazetteer.RegionsByKey(key[..length]);
                // "Kyiv", "Tbilisi", "Mecca" name their regions too, but a caption naming them means the city.
                var namesCity = _gazetteer.FirstPosting(key[..length]) is >= 0 and var posting
                    && _gazetteer.PlaceAt(posting).Population >= 100_000;
                if (namesCity) regions = default;
                foreach (var region in regions)
                    if (region.CountryCode != "US") _mentions.Add(new PlaceArea(region.CountryCode, region.Admin1Code, region.Name));
                if (!regions.IsEmpty) break;
            }
        }
        return _mentions;
    }

    private Place CityPlace(GazetteerPlace city, PlaceArea? statedArea, string? sublocation, string? writtenName = null)
    {
        var region = statedArea?.RegionName ?? (FillsRegion(city.CountryCode) ? RegionOf(city) : MentionedRegion(city));
        return new Place(sublocation, writtenName ?? city.Name, region, CountryNames.NameOf(city.CountryCode), city.CountryCode);
    }

    // "in Khan Younis, in the southern Gaza Strip": the caption names the city's region elsewhere.
    private string? MentionedRegion(GazetteerPlace city)
    {
        foreach (var area in Mentions())
            if (area.Admin1Code is not null && area.RegionName is not null && area.Contains(city)) return area.RegionName;
        return null;
    }

    private string? RegionOf(GazetteerPlace city) =>
        city.CountryCode == "US"
            ? RegionAbbreviations.StateName(city.Admin1Code) ?? _gazetteer.RegionName("US", city.Admin1Code)
            : _gazetteer.RegionName(city.CountryCode, city.Admin1Code);

    // Captions from these countries name the state or province with the city; elsewhere we report a region
    // only when the caption names it.
    private static bool FillsRegion(string countryCode) => countryCode is "US" or "CA" or "AU";

    private static Place AreaPlace(PlaceArea area) =>
        new(null, null, area.RegionName, CountryNames.NameOf(area.CountryCode), area.CountryCode);

    /// <summary>"St. Paul" as the caption writes it, where the gazetteer spells out "Saint Paul"; null otherwise.</summary>
    private string? AbbreviatedName(int start, int end, GazetteerPlace city)
    {
        for (var i = start; i < end; i++)
            if (_tokens[i].Is(TokenFlags.Period) && Word(i).Length == 2 && IsAbbreviatedNamePart(i) && !city.Name.Contains('.'))
                return WrittenName(start, end);
        return null;
    }

    /// <summary>"LOS ANGELES" → "Los Angeles" for a name the gazetteer lacks; other text is kept as written.</summary>
    private string WrittenName(int start, int end)
    {
        var written = Span(start, end).ToString();
        if (written.Any(char.IsLower)) return written;
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(written.ToLowerInvariant());
    }
}
