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
    /// <summary>
    /// Values of a facet field that start with <paramref name="prefix"/> (case- and accent-insensitive, at the start of
    /// the value or of any word in it), most frequent first: autocomplete for tags and names.
    /// </summary>
    IReadOnlyList<FacetCount> Terms(string facetField, string prefix, int limit) =>
        Terms(facetField, int.MaxValue)
            .Where(t => t.Value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                        || t.Value.Contains(" " + prefix, StringComparison.OrdinalIgnoreCase))
            .Take(limit)
            .ToList();
    /// <summary>Ids of all hits of a query (batch work over a query's results).</summary>
    IReadOnlyList<string> AllIds(string query, CancellationToken cancellationToken = default);
    /// <summary>
    /// Every hit of a query as full entries, in index order, loaded lazily while enumerating (batch work such as credit
    /// checks over a whole archive, without a lookup per id).
    /// </summary>
    IEnumerable<PhotoEntry> Entries(string query, CancellationToken cancellationToken = default) =>
        AllIds(query, cancellationToken).Select(id => Get(id)).Where(e => e is not null).Select(e => e!);

    /// <summary>Reopens on the newest commit when there is one; returns true when anything changed.</summary>
    bool Refresh();
}
