using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PhotoDesk.Index.Searching;

/// <summary>
/// Looks up every term of a query in every segment before the search, with one terms enumerator per field and
/// segment and the segments shared out among threads, and hands the result to the query's term queries. Lucene.Net
/// otherwise looks each term up while it builds the weight, on one thread, opening a fresh enumerator per term and
/// segment: with a free-text query spread over seven fields and a million photos in eighteen segments, that is a
/// fifth of the search. Term statistics, and so scores and hits, are the same either way.
/// </summary>
internal static class TermStatesPreload
{
    /// <summary>
    /// The query (already rewritten against <paramref name="searcher"/>) with each of its term queries carrying its
    /// per-segment term states; the query itself when it has no term queries.
    /// </summary>
    public static Query Apply(IndexSearcher searcher, Query rewritten, int threads, CancellationToken cancellationToken)
    {
        var terms = new List<Term>();
        Collect(rewritten, terms);
        if (terms.Count == 0) return rewritten;
        var distinct = terms.Distinct().OrderBy(t => t, Comparer<Term>.Create((a, b) => a.CompareTo(b))).ToArray();

        var top = searcher.TopReaderContext;
        var leaves = top.Leaves;
        var found = new (TermState State, int DocFreq, long TotalTermFreq)?[leaves.Count, distinct.Length];
        Parallel.For(0, leaves.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Max(1, threads) }, leaf =>
        {
            var fields = leaves[leaf].AtomicReader.Fields;
            if (fields is null) return;
            string? field = null;
            TermsEnum? enumerator = null;
            for (var i = 0; i < distinct.Length; i++)
            {
                var term = distinct[i];
                if (!string.Equals(term.Field, field, StringComparison.Ordinal))
                {
                    field = term.Field;
                    enumerator = fields.GetTerms(field)?.GetEnumerator();
                }
                if (enumerator is not null && enumerator.SeekExact(term.Bytes))
                    found[leaf, i] = (enumerator.GetTermState(), enumerator.DocFreq, enumerator.TotalTermFreq);
            }
        });

        var contexts = new Dictionary<Term, TermContext>(distinct.Length);
        for (var i = 0; i < distinct.Length; i++)
        {
            var context = new TermContext(top);
            for (var leaf = 0; leaf < leaves.Count; leaf++)
                if (found[leaf, i] is { } f) context.Register(f.State, leaves[leaf].Ord, f.DocFreq, f.TotalTermFreq);
            contexts[distinct[i]] = context;
        }
        return With(rewritten, contexts);
    }

    private static void Collect(Query query, List<Term> terms)
    {
        switch (query)
        {
            case TermQuery term:
                terms.Add(term.Term);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses) Collect(clause.Query, terms);
                break;
        }
    }

    private static Query With(Query query, Dictionary<Term, TermContext> contexts)
    {
        switch (query)
        {
            case TermQuery term:
                return new TermQuery(term.Term, contexts[term.Term]) { Boost = term.Boost };
            case BooleanQuery boolean:
                var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses) copy.Add(With(clause.Query, contexts), clause.Occur);
                return copy;
            default:
                return query;
        }
    }
}
