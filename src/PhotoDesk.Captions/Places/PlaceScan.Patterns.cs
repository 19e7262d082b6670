using PhotoDesk.Core.Captions;

namespace PhotoDesk.Captions.Places;

/// <summary>The caption forms that name a place: datelines, "in City[, State[, Country]]", "the X neighborhood of City", …</summary>
internal sealed partial class PlaceScan
{
    private const int MaxModifiers = 3;

    public Place Find()
    {
        var dateline = ReadDateline();
        if (dateline is not null) return dateline.Place;
        PlaceReading? best = null;
        for (var i = 0; i < _count; i++)
        {
            var token = _tokens[i];
            if (!token.IsWord) continue;
            var word = Word(i);
            PlaceReading? reading = null;
            if (PlaceVocabulary.IsStrongPreposition(word)) reading = AfterPreposition(i, strong: true);
            else if (PlaceVocabulary.IsWeakPreposition(word)) reading = AfterPreposition(i, strong: false);
            if (reading is null && token.IsNameLike && StartsRun(i)) reading = NameBeforeQualifier(i);
            if (reading is not null && reading.IsBetterThan(best)) best = reading;
            // Readings are met in text order, so nothing after the first city can beat it.
            if (best?.Strength == ReadingStrength.City) break;
        }
        return best?.Place ?? Place.Empty;
    }

    /// <summary>"LOS ANGELES, CALIFORNIA - JUNE 10:", "PARIS (AP) —", "KYIV, June 8 (Reuters) -", "Los Angeles, Calif. —".</summary>
    private PlaceReading? ReadDateline()
    {
        var start = 0;
        while (start < _count && _tokens[start].Kind == TokenKind.Other) start++;
        if (!IsNameLike(start)) return null;
        var runEnd = RunEnd(start);
        PlaceQualifier? first = null, second = null;
        var agency = false;
        var i = runEnd;
        while (true)
        {
            if (i >= _count || i - runEnd > 14) return null;
            var kind = _tokens[i].Kind;
            if (kind == TokenKind.Dash) break;
            if (kind == TokenKind.OpenParen)
            {
                var close = i + 1;
                while (close < _count && close - i <= 5 && _tokens[close].Kind != TokenKind.CloseParen) close++;
                if (!IsKind(close, TokenKind.CloseParen)) return null;
                agency = true;
                i = close + 1;
                continue;
            }
            if (kind != TokenKind.Comma) return null;
            var qualifier = first is null || second is null ? ReadQualifier(i) : null;
            if (qualifier is not null)
            {
                if (first is null) first = qualifier;
                else second = qualifier;
                i = qualifier.End;
                continue;
            }
            // A date part: ", June 8", ", JUNE 10".
            if (!IsDatePart(i + 1)) return null;
            i++;
            while (i < _count && _tokens[i].IsWord) i++;
        }
        var allCaps = true;
        for (var t = start; t < runEnd; t++)
            if (_tokens[t].IsWord && !_tokens[t].Is(TokenFlags.AllCaps) && !PlaceVocabulary.IsConnector(Word(t))) allCaps = false;
        // "Kyiv — Rescuers search …": a dateline in title case with nothing beside it must name a big city.
        if (!allCaps && first is null && !agency && !IsBigCity(start, runEnd)) return null;
        var place = ResolveNamed(start, runEnd, first, second, strong: true, acceptUnknown: first is not null || allCaps && agency);
        return place is null ? null : new PlaceReading(ReadingStrength.Dateline, start, place);
    }

    private bool IsBigCity(int start, int end)
    {
        Span<char> key = stackalloc char[PlaceKey.MaxLength * 2];
        var length = Key(start, end, key);
        return length > 0 && BestCity(key[..length]) is { Population: >= 100_000 };
    }

    private bool IsDatePart(int i) =>
        i < _count && _tokens[i].IsWord && (PlaceVocabulary.IsCalendarWord(Word(i)) || _tokens[i].Is(TokenFlags.Digit));

    /// <summary>"in Paramount, California", "in the Compton neighborhood of Los Angeles", "in eastern Ukraine".</summary>
    /// <param name="lookahead">How many "in City" hops further on may still be read to tell a landmark from a place.</param>
    private PlaceReading? AfterPreposition(int preposition, bool strong, int lookahead = 2)
    {
        var start = preposition + 1;
        var skipped = 0;
        var article = -1;
        while (start < _count && skipped < MaxModifiers && _tokens[start].IsWord
               && (!_tokens[start].IsNameLike && PlaceVocabulary.IsPlaceModifier(Word(start)) || IsControlAdjective(Word(start))))
        {
            if (Word(start).Equals("downtown", StringComparison.OrdinalIgnoreCase)) strong = true;
            if (Word(start).Equals("the", StringComparison.OrdinalIgnoreCase)) article = start;
            start++;
            skipped++;
        }
        // "near the town of Bakhmut", "in the southern city of Dnipro": the name follows "of".
        if (start + 1 < _count && _tokens[start].IsWord && !_tokens[start].IsNameLike
            && PlaceVocabulary.IsSettlementNoun(Word(start)) && IsWord(start + 1, "of"))
        {
            start += 2;
            article = -1;
        }
        // "in the Kenyan capital Nairobi", "in the Ukrainian city of Kharkiv".
        if (IsNameLike(start) && IsDemonym(Word(start)) && start + 2 < _count && _tokens[start + 1].IsWord
            && !_tokens[start + 1].IsNameLike && PlaceVocabulary.IsSettlementNoun(Word(start + 1)))
        {
            start += IsWord(start + 2, "of") ? 3 : 2;
            article = -1;
        }
        if (!IsNameLike(start)) return null;
        var runEnd = RunEnd(start);
        var neighborhood = NeighborhoodOf(start, runEnd);
        if (neighborhood is not null) return neighborhood;
        // "at Dodger Stadium in Los Angeles", "in Times Square in New York": the place is the one after "in".
        if (lookahead > 0 && (IsWord(runEnd, "in") || IsWord(runEnd, "at")) && IsNameLike(runEnd + 1) && !IsAreaName(start, runEnd)
            && AfterPreposition(runEnd, strong: true, lookahead - 1)?.Place.City is not null)
            return null;
        for (var end = runEnd; end > start; end--)
        {
            if (!CanEndAt(end, runEnd)) continue;
            var first = end == runEnd ? ReadQualifier(end) : null;
            var second = first is null ? null : ReadQualifier(first.End);
            var place = ResolveNamed(start, end, first, second, strong, acceptUnknown: first is not null,
                article: article == start - 1 ? article : -1, areaFirst: end < _count && _tokens[end].IsWord && PlaceVocabulary.IsAreaNoun(Word(end)));
            if (place is null) continue;
            if (place.City is not null) place = place with { Sublocation = LandmarkBefore(preposition) ?? PossessiveSublocation(end) };
            var strength = place.City is not null
                ? strong ? ReadingStrength.City : ReadingStrength.WeakCity
                : strong ? ReadingStrength.Region : ReadingStrength.WeakRegion;
            return new PlaceReading(strength, start, place);
        }
        return strong ? CityNamedLandmark(start, runEnd) : null;
    }

    /// <summary>"[the] Compton neighborhood of [downtown] Los Angeles": city Los Angeles, sublocation Compton.</summary>
    private PlaceReading? NeighborhoodOf(int start, int runEnd)
    {
        if (runEnd >= _count || !_tokens[runEnd].IsWord || _tokens[runEnd].IsNameLike) return null;
        var noun = Word(runEnd);
        if (!PlaceVocabulary.IsSublocationNoun(noun)) return null;
        var of = runEnd + 1;
        if (!IsWord(of, "of")) return null;
        var cityStart = of + 1;
        while (cityStart < _count && cityStart - of <= MaxModifiers && _tokens[cityStart].IsWord && !_tokens[cityStart].IsNameLike
               && PlaceVocabulary.IsPlaceModifier(Word(cityStart)))
            cityStart++;
        if (!IsNameLike(cityStart)) return null;
        var cityRunEnd = RunEnd(cityStart);
        for (var end = cityRunEnd; end > cityStart; end--)
        {
            if (!CanEndAt(end, cityRunEnd)) continue;
            var first = end == cityRunEnd ? ReadQualifier(end) : null;
            var second = first is null ? null : ReadQualifier(first.End);
            var place = ResolveNamed(cityStart, end, first, second, strong: true, acceptUnknown: first is not null);
            if (place?.City is null) continue;
            // "the Gaza Strip city of Rafah", "the Kharkiv region town of Izium": the name is the wider area.
            var sublocation = PlaceVocabulary.IsContainerNoun(noun) ? null : Span(start, runEnd).ToString();
            return new PlaceReading(ReadingStrength.City, start, place with { Sublocation = sublocation });
        }
        return null;
    }

    /// <summary>"Minneapolis, Minn.", "Paramount, California" anywhere: a known city the qualifier confirms.</summary>
    private PlaceReading? NameBeforeQualifier(int start)
    {
        var runEnd = RunEnd(start);
        if (!IsKind(runEnd, TokenKind.Comma)) return null;
        var first = ReadQualifier(runEnd);
        if (first is null) return null;
        var second = ReadQualifier(first.End);
        Span<char> key = stackalloc char[PlaceKey.MaxLength * 2];
        for (var s = start; s < runEnd; s++)
        {
            var length = Key(s, runEnd, key);
            if (length <= 0) continue;
            var city = CityIn(key[..length], first, second);
            if (city is null) continue;
            var stated = Array.FindAll(AreasFor(key[..length], s, runEnd, qualifier: false), a => first.Areas.Any(q => q.CountryCode == a.CountryCode));
            if (stated.Length > 0 && city.Population < 100_000) return null;
            // "a man from Lagos, Nigeria, walks in Rome": after a weak preposition the city is not the scene.
            var weak = s == start && start > 0 && _tokens[start - 1].IsWord && PlaceVocabulary.IsWeakPreposition(Word(start - 1));
            return new PlaceReading(weak ? ReadingStrength.WeakCity : ReadingStrength.City, s,
                CityPlace(city, StatedRegion(city, first, second), null, AbbreviatedName(s, runEnd, city)));
        }
        return null;
    }

    /// <summary>
    /// The place tokens [start, end) name, checked against the qualifiers that follow. Null when they name
    /// none, or a place too small to trust without a qualifier.
    /// </summary>
    /// <param name="article">The token of a "the" just before the name, or -1: "the Bronx" and "The Hague" are
    /// names with it; otherwise only a large city follows "the" (not White House, Tenn., in "at the White House").</param>
    /// <param name="areaFirst">"in Washington state": the state, not the city.</param>
    private Place? ResolveNamed(int start, int end, PlaceQualifier? first, PlaceQualifier? second, bool strong, bool acceptUnknown,
        int article = -1, bool areaFirst = false)
    {
        Span<char> buffer = stackalloc char[PlaceKey.MaxLength * 2];
        var length = Key(start, end, buffer);
        if (length <= 0) return null;
        var key = buffer[..length];
        // "Orange County, Calif.", "Kyiv Oblast": a division, never a city.
        if (PlaceVocabulary.IsAreaNoun(Word(end - 1)))
        {
            foreach (var area in AreasFor(key, start, end, qualifier: false)) return AreaPlace(area);
            var stated = first?.Areas.FirstOrDefault(a => a.RegionName is not null) ?? first?.Areas[0];
            return stated is null ? null : AreaPlace(stated);
        }
        if (first is not null)
        {
            var city = CityIn(key, first, second);
            // "Florida, U.S." is the state (not Florida, N.Y.); "Washington, U.S." and "Kyiv, Ukraine" the cities.
            var stated = Array.FindAll(AreasFor(key, start, end, qualifier: false), a => first.Areas.Any(q => q.CountryCode == a.CountryCode));
            if (city is not null && (stated.Length == 0 || city.Population >= 100_000))
                return CityPlace(city, StatedRegion(city, first, second), null, AbbreviatedName(start, end, city));
            if (stated.Length > 0) return AreaPlace(stated[0]);
            if (!acceptUnknown || end - start > 4 || end - start == 1 && PlaceVocabulary.IsCommonNoun(Word(start))) return null;
            return UnknownCity(start, end, first, second);
        }
        // "St. Peter's Square", "Martha's Vineyard": a possessive inside a longer name is a place only if a
        // well-known one ("Jerusalem's Old City", "Russia's attack").
        var possessiveInName = _tokens[end - 1].Is(TokenFlags.Possessive) && IsNameLike(end);
        if (article >= 0)
        {
            Span<char> withArticle = stackalloc char[PlaceKey.MaxLength * 2];
            var articleLength = Key(article, end, withArticle);
            var named = articleLength > 0 ? BestCity(withArticle[..articleLength]) : null;
            if (named is not null && IsTrusted(named, start, end, strong)) return CityPlace(named, null, null);
        }
        var areas = AreasFor(key, start, end, qualifier: false);
        var best = BestCity(key);
        if (possessiveInName) areas = Array.FindAll(areas, a => a.Admin1Code is null || a.CountryCode == "US");
        if (best is not null && (areaFirst && areas.Length > 0 || (article >= 0 || possessiveInName) && best.Population < 100_000)) best = null;
        if (best is not null && IsTrusted(best, start, end, strong) && (areas.Length == 0 || PrefersCity(best, areas, key)))
            return CityPlace(best, null, null, AbbreviatedName(start, end, best));
        return areas.Length > 0 ? AreaPlace(areas[0]) : null;
    }

    // "Israeli-occupied West Bank", "Russian-held Donetsk", "rebel-controlled Idlib": not part of the name.
    private static bool IsControlAdjective(ReadOnlySpan<char> word)
    {
        var dash = word.LastIndexOf('-');
        if (dash <= 0) return false;
        var tail = word[(dash + 1)..];
        return tail is "occupied" or "held" or "controlled" or "annexed" or "run" or "led" or "backed";
    }

    // "Kenyan", "Ukrainian", "Chinese", "British", "Israeli": the adjective before "capital" or "city".
    private static bool IsDemonym(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word.EndsWith("an") || word.EndsWith("ese") || word.EndsWith("ish") || word.EndsWith("i") || word.EndsWith("ch"));

    private bool IsAreaName(int start, int end)
    {
        Span<char> buffer = stackalloc char[PlaceKey.MaxLength * 2];
        var length = Key(start, end, buffer);
        return length > 0 && AreasFor(buffer[..length], start, end, qualifier: false).Length > 0;
    }

    /// <summary>A city the gazetteer lacks, named with its state or country ("in Tinyville, Ga.").</summary>
    private Place UnknownCity(int start, int end, PlaceQualifier first, PlaceQualifier? second)
    {
        var country = second?.Areas.FirstOrDefault(a => a.Admin1Code is null);
        var region = first.Areas.FirstOrDefault(a => a.RegionName is not null && (country is null || a.CountryCode == country.CountryCode));
        var area = region ?? country ?? first.Areas[0];
        return new Place(null, WrittenName(start, end), region?.RegionName, CountryNames.NameOf(area.CountryCode), area.CountryCode);
    }

    private static PlaceArea? StatedRegion(GazetteerPlace city, PlaceQualifier? first, PlaceQualifier? second)
    {
        var area = first?.AreaContaining(city);
        if (area?.RegionName is not null) return area;
        area = second?.AreaContaining(city);
        return area?.RegionName is not null ? area : null;
    }

    /// <summary>
    /// When a name is both a city and a state or country: "in New York", "in Washington", "in Kyiv" and
    /// "in Jerusalem" are the cities, "in Georgia", "in Mexico", "in Quebec" and "in Gaza" the areas.
    /// </summary>
    private bool PrefersCity(GazetteerPlace city, PlaceArea[] areas, ReadOnlySpan<char> key)
    {
        if (RegionAliases.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(key)) return false;
        var usState = false;
        foreach (var area in areas)
        {
            if (area.Admin1Code is null)
            {
                if (CityStates.Contains(city.CountryCode) && area.CountryCode == city.CountryCode) continue;
                return false;
            }
            // The area holds the city of its name: a real city is what captions mean (Kyiv, São Paulo, Mecca,
            // Geneva), except for the few areas better known than their namesake capitals.
            if (area.Contains(city)) return city.Population >= 100_000 && !AreasOverCities.Contains(area.CountryCode + "." + area.Admin1Code);
            usState |= area.CountryCode == "US" && area.Admin1Code == FullStateName(key);
            foreach (var mention in Mentions())
                if (mention.Admin1Code is null && mention.CountryCode == area.CountryCode && mention.CountryCode != city.CountryCode)
                    return false;
        }
        // Different places: a US state beats all but a big city ("in Washington" is D.C.); an obscure region
        // abroad loses to a city that people know (St. Louis, not the Seychelles district).
        return city.Population >= (usState ? 500_000 : 100_000) || CityStates.Contains(city.CountryCode);
    }

    /// <summary>A bare name is a place only if it is big enough to be the one meant, or the caption names its state or country.</summary>
    private bool IsTrusted(GazetteerPlace city, int start, int end, bool strong)
    {
        var single = end - start == 1;
        if (single && (PlaceVocabulary.IsCommonNoun(Word(start)) || PlaceVocabulary.IsCalendarWord(Word(start)))) return false;
        foreach (var area in Mentions())
            if (area.Contains(city) && city.Population >= 1000) return true;
        if (strong)
            return single ? city.Population >= 15_000 || city.IsCapital : city.Population >= 1_000 || city.FeatureCode.StartsWith("PPLA", StringComparison.Ordinal);
        return single ? city.Population >= 100_000 : city.Population >= 20_000;
    }
}
