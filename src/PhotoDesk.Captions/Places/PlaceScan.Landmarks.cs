namespace PhotoDesk.Captions.Places;

/// <summary>Sublocations: landmarks before "in City", places inside a possessive city, landmarks named after their city.</summary>
internal sealed partial class PlaceScan
{
    /// <summary>"outside the Federal Building in Los Angeles", "at Dodger Stadium in Los Angeles": the landmark before "in City".</summary>
    private string? LandmarkBefore(int preposition)
    {
        if (!IsWord(preposition, "in") && !IsWord(preposition, "at")) return null;
        var end = preposition;
        var k = end - 1;
        while (k >= 0 && end - k <= MaxRunTokens && (IsNameLike(k) || _tokens[k].IsWord && PlaceVocabulary.IsConnector(Word(k)) && IsNameLike(k - 1)))
        {
            if (_tokens[k].Is(TokenFlags.Period) && !IsAbbreviatedNamePart(k) && !_tokens[k].Is(TokenFlags.InnerPeriod)) return null;
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

    /// <summary>
    /// "at Los Angeles International Airport", "near Kyiv Pechersk Lavra", "at the Sydney Opera House": a
    /// landmark that starts with its city's name. Only well-known cities count (a one-word name must be a
    /// city of half a million), so "Madison Square Garden" and "Lincoln Center" stay landmarks of nowhere.
    /// </summary>
    private PlaceReading? CityNamedLandmark(int start, int runEnd)
    {
        var last = runEnd - 1;
        var facility = PlaceVocabulary.IsFacilityNoun(Word(last))
            || runEnd < _count && _tokens[runEnd].IsWord && !_tokens[runEnd].IsNameLike && PlaceVocabulary.IsFacilityNoun(Word(runEnd));
        if (!facility || runEnd - start < 2) return null;
        Span<char> key = stackalloc char[PlaceKey.MaxLength * 2];
        for (var end = Math.Min(runEnd - 1, start + 3); end > start; end--)
        {
            var length = Key(start, end, key);
            if (length <= 0) continue;
            var city = BestCity(key[..length]);
            if (city is null || end - start == 1 && PlaceVocabulary.IsCommonNoun(Word(start))) continue;
            var known = end - start == 1 ? city.Population >= 500_000 : city.Population >= 100_000;
            if (!known) continue;
            return new PlaceReading(ReadingStrength.City, start, CityPlace(city, null, Span(start, runEnd).ToString()));
        }
        return null;
    }
}
