using Lucene.Net.Search;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Analysis;

namespace PhotoDesk.Index.Facets;

/// <summary>
/// Facet counts over the whole index (autocomplete, the facets sidebar before any query), computed once per
/// reader generation and kept until a refresh brings a new reader. Folded forms are kept for prefix matching.
/// </summary>
internal sealed class WholeIndexTerms
{
    private readonly Lock _gate = new();
    private object? _reader;
    private readonly Dictionary<string, Counted> _byFacet = new(StringComparer.Ordinal);

    private sealed record Counted(IReadOnlyList<FacetCount> Counts, string[] Folded);

    public IReadOnlyList<FacetCount> Get(IndexSearcher searcher, string facet) => Load(searcher, facet).Counts;

    /// <summary>Values whose start, or the start of one of their words, is <paramref name="prefix"/> (folded), by count.</summary>
    public IReadOnlyList<FacetCount> WithPrefix(IndexSearcher searcher, string facet, string prefix, int limit)
    {
        var counted = Load(searcher, facet);
        var folded = TextFolding.Fold(prefix.Trim());
        var result = new List<FacetCount>(Math.Min(limit, 64));
        for (var i = 0; i < counted.Counts.Count && result.Count < limit; i++)
        {
            var value = counted.Folded[i];
            if (value.StartsWith(folded, StringComparison.Ordinal) || value.Contains(" " + folded, StringComparison.Ordinal))
                result.Add(counted.Counts[i]);
        }
        return result;
    }

    private Counted Load(IndexSearcher searcher, string facet)
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
        var counted = new Counted(counts, counts.Select(c => TextFolding.Fold(c.Value)).ToArray());
        lock (_gate)
        {
            if (ReferenceEquals(_reader, searcher.IndexReader)) _byFacet[facet] = counted;
        }
        return counted;
    }
}
