namespace PhotoDesk.Core.Indexing;

public enum SearchSort
{
    Relevance,
    DateAscending,
    DateDescending,
    /// <summary>By the first photographer's name, case- and accent-insensitive; photos without one last (first when descending).</summary>
    PhotographerAscending,
    PhotographerDescending,
    /// <summary>By the first agency's name; photos without one last.</summary>
    AgencyAscending,
    AgencyDescending,
    /// <summary>By city, then country; photos without a place last.</summary>
    PlaceAscending,
    PlaceDescending,
}

/// <summary>A query in PhotoDesk's query syntax (Lucene syntax plus friendly fields such as <c>by:</c>, <c>date:</c>).</summary>
public sealed record SearchRequest(string Query)
{
    public int Limit { get; init; } = 20;
    public int Offset { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    /// <summary>Facet fields to count over all hits (e.g. "photographer", "agency", "city", "keyword", "date").</summary>
    public IReadOnlyList<string> Facets { get; init; } = [];
    public int FacetLimit { get; init; } = 10;
    public bool Highlight { get; init; } = true;
}
