using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PhotoDesk.Index.Searching;

/// <summary>An <see cref="IndexSearcher"/> that runs a weight over some of its segments (Lucene.Net keeps that protected).</summary>
internal sealed class SliceableIndexSearcher(IndexReader reader) : IndexSearcher(reader)
{
    public void SearchSegments(IList<AtomicReaderContext> segments, Weight weight, ICollector collector) =>
        Search(segments, weight, collector);

    /// <summary>For <see cref="SearcherManager"/>: every searcher it opens is sliceable.</summary>
    public sealed class Factory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new SliceableIndexSearcher(reader);
    }
}
