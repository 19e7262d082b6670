namespace PhotoDesk.Core.Indexing;

/// <summary>Read access to the index. Safe to use while another process writes; <see cref="Refresh"/> picks up commits.</summary>
public interface IPhotoSearcher : IDisposable
{
    /// <exception cref="QuerySyntaxException">The query cannot be parsed.</exception>
    SearchResult Search(SearchRequest request, CancellationToken cancellationToken = default);
    PhotoEntry? Get(string id);
    IndexStats GetStats();
    /// <summary>Distinct values of a facet field with counts over the whole index (autocomplete, facets sidebar).</summary>
    IReadOnlyList<FacetCount> Terms(string facetField, int limit);
    /// <summary>Ids of all hits of a query (batch work over a query's results).</summary>
    IReadOnlyList<string> AllIds(string query, CancellationToken cancellationToken = default);
    /// <summary>Reopens on the newest commit when there is one; returns true when anything changed.</summary>
    bool Refresh();
}
