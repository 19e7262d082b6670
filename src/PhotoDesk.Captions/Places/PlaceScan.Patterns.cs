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
            if (reading is null && token.IsNameLike && !IsNameLike(i - 1)) reading = NameBeforeQualifier(i);
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
        if (!allCaps && first is null && !agency) return null;
        var place = ResolveNamed(start, runEnd, first, second, strong: true, acceptUnknown: first is not null || allCaps && agency);
        return place is null ? null : new PlaceReading(ReadingStrength.Dateline, start, place);
    }

    private bool IsDatePart(int i) =>
        i < _count && _tokens[i].IsWord && (PlaceVocabulary.IsCalendarWord(Word(i)) || _tokens[i].Is(TokenFlags.Digit));

    /// <summary>"in Paramount, California", "in the Compton neighborhood of Los Angeles", "in eastern Ukraine".</summary>
    private PlaceReading? AfterPreposition(int preposition, bool strong)
    {
        var start = preposition + 1;
        var skipped = 0;
        while (start < _count && skipped < MaxModifiers && _tokens[start].IsWord && !_tokens[start].IsNameLike
               && PlaceVocabulary.IsPlaceModifier(Word(start)))
        {
            if (Word(start).Equals("downtown", StringComparison.OrdinalIgnoreCase)) strong = true;
            start++;
            skipped++;
        }
        if (!IsNameLike(start)) return null;
        var runEnd = RunEnd(start);
        var neighborhood = NeighborhoodOf(start, runEnd);
        if (neighborhood is not null) return neighborhood;
        for (var end = runEnd; end > start; end--)
        {
            if (!CanEndAt(end, runEnd)) continue;
            var first = end == runEnd ? ReadQualifier(end) : null;
            var second = first is null ? null : ReadQualifier(first.End);
            var place = ResolveNamed(start, end, first, second, strong, acceptUnknown: first is not null);
            if (place is null) continue;
            if (place.City is not null) place = place with { Sublocation = LandmarkBefore(preposition) ?? PossessiveSublocation(end) };
            var strength = place.City is not null
                ? strong ? ReadingStrength.City : ReadingStrength.WeakCity
                : strong ? ReadingStrength.Region : ReadingStrength.WeakRegion;
            return new PlaceReading(strength, start, place);
        }
        return null;
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
            return new PlaceReading(ReadingStrength.City, s, CityPlace(city, StatedRegion(city, first, second), null));
        }
        return null;
    }

    /// <summary>
    /// The place tokens [start, end) name, checked against the qualifiers that follow. Null when they name
    /// none, or a place too small to trust without a qualifier.
    /// </summary>
    private Place? ResolveNamed(int start, int end, PlaceQualifier? first, PlaceQualifier? second, bool strong, bool acceptUnknown)
    {
        Span<char> buffer = stackalloc char[PlaceKey.MaxLength * 2];
        var length = Key(start, end, buffer);
        if (length <= 0) return null;
        var key = buffer[..length];
        if (first is not null)
        {
            var city = CityIn(key, first, second);
            if (city is not null) return CityPlace(city, StatedRegion(city, first, second), null);
            var areas = AreasFor(key, start, end, qualifier: false);
            foreach (var area in areas)
                if (first.Areas.Any(q => q.CountryCode == area.CountryCode)) return AreaPlace(area);
            if (!acceptUnknown || end - start > 4 || end - start == 1 && PlaceVocabulary.IsCommonNoun(Word(start))) return null;
            return UnknownCity(start, end, first, second);
        }
        var named = AreasFor(key, start, end, qualifier: false);
        var best = BestCity(key);
        if (named.Length > 0 && (best is null || !PrefersCity(best, named, key))) return AreaPlace(named[0]);
        if (best is null || !IsTrusted(best, start, end, strong)) return null;
        return CityPlace(best, null, null);
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
    /// When a name is both a city and a state or country: "in New York" and "in Washington" are the cities,
    /// "in Georgia", "in Mexico", "in Quebec" and "in Gaza" the areas.
    /// </summary>
    private static bool PrefersCity(GazetteerPlace city, PlaceArea[] areas, ReadOnlySpan<char> key)
    {
        if (RegionAliases.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(key)) return false;
        foreach (var area in areas)
            if (area.Admin1Code is null && !(CityStates.Contains(city.CountryCode) && area.CountryCode == city.CountryCode))
                return false;
        return city.IsLargestInRegion && city.Population >= 100_000 || CityStates.Contains(city.CountryCode);
    }

    /// <summary>A bare name is a place only if it is big enough to be the one meant, or the caption names its state or country.</summary>
    private bool IsTrusted(GazetteerPlace city, int start, int end, bool strong)
    {
        var single = end - start == 1;
        if (single && PlaceVocabulary.IsCommonNoun(Word(start))) return false;
        foreach (var area in Mentions())
            if (area.Contains(city) && city.Population >= 1000) return true;
        if (strong)
            return single ? city.Population >= 15_000 || city.IsCapital : city.Population >= 1_000 || city.FeatureCode.StartsWith("PPLA", StringComparison.Ordinal);
        return single ? city.Population >= 100_000 : city.Population >= 20_000;
    }

    /// <summary>"outside the Federal Building in Los Angeles", "at Dodger Stadium in Los Angeles": the landmark before "in City".</summary>
    private string? LandmarkBefore(int preposition)
    {
        if (!IsWord(preposition, "in") && !IsWord(preposition, "at")) return null;
        var end = preposition;
        var k = end - 1;
        while (k >= 0 && end - k <= MaxRunTokens && (IsNameLike(k) || _tokens[k].IsWord && PlaceVocabulary.IsConnector(Word(k)) && IsNameLike(k - 1)))
        {
            if (_tokens[k].Is(TokenFlags.Period) && !IsAbbreviatedNamePart(k)) return null;
            k--;
        }
        if (k == end - 1 || k < 0 || !_tokens[k].IsWord || _tokens[k].IsNameLike) return null;
        var before = Word(k);
        if (!before.Equals("the", StringComparison.OrdinalIgnoreCase) && !PlaceVocabulary.IsStrongPreposition(before)
            && !before.Equals("on", StringComparison.OrdinalIgnoreCase) && !before.Equals("by", StringComparison.OrdinalIgnoreCase)
            && !before.Equals("behind", StringComparison.OrdinalIgnoreCase) && !before.Equals("beside", StringComparison.OrdinalIgnoreCase))
            return null;
        return Span(k + 1, end).ToString();
    }

    /// <summary>"in Minneapolis' Powderhorn Park": the name after a possessive city.</summary>
    private string? PossessiveSublocation(int cityEnd)
    {
        if (!_tokens[cityEnd - 1].Is(TokenFlags.Possessive) || !IsNameLike(cityEnd)) return null;
        var end = RunEnd(cityEnd);
        return end > cityEnd ? Span(cityEnd, end).ToString() : null;
    }
}
