namespace PhotoDesk.Core.Indexing;

public sealed record FacetCount(string Value, long Count);

public sealed record SearchHit(PhotoEntry Entry, float Score, string? Highlight);

public sealed record SearchResult(
    long Total,
    double TookMs,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);
