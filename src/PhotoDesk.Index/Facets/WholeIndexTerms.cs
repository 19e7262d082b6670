using Lucene.Net.Search;
using PhotoDesk.Core.Indexing;

namespace PhotoDesk.Index.Facets;

/// <summary>
/// Facet counts over the whole index (autocomplete, the facets sidebar before any query), computed once per
/// reader generation and kept until a refresh brings a new reader.
/// </summary>
internal sealed class WholeIndexTerms
{
    private readonly Lock _gate = new();
    private object? _reader;
    private readonly Dictionary<string, IReadOnlyList<FacetCount>> _byFacet = new(StringComparer.Ordinal);

    public IReadOnlyList<FacetCount> Get(IndexSearcher searcher, string facet)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(_reader, searcher.IndexReader))
            {
                _byFacet.Clear();
                _reader = searcher.IndexReader;
            }
            if (_byFacet.TryGetValue(facet, out var cached)) return cached;
        }
        var collector = new FacetCollector([facet]);
        searcher.Search(new MatchAllDocsQuery(), collector);
        var counts = collector.Result(int.MaxValue)[facet];
        lock (_gate)
        {
            if (ReferenceEquals(_reader, searcher.IndexReader)) _byFacet[facet] = counts;
        }
        return counts;
    }
}
