using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PhotoDesk.Index.Searching;
using PhotoDesk.Index.Tests.Fixtures;
using Xunit;

namespace PhotoDesk.Index.Tests.Searching;

/// <summary>Term states looked up ahead, segments shared among threads, give the very hits and scores Lucene's own lookup gives.</summary>
public sealed class TermStatesPreloadTests : IDisposable
{
    private readonly SegmentedRamIndex _index = new(7, (writer, random) =>
    {
        string[] words = ["protest", "fire", "rally", "storm", "vigil", "flood"];
        string[] names = ["chiu", "hong", "tama", "reyes"];
        for (var i = 0; i < 900; i++)
        {
            // "flood" only in the later segments, "reyes" only in the earlier: terms missing from some segments
            var pool = i < 450 ? words[..5] : words;
            var caption = string.Join(' ', Enumerable.Range(0, random.Next(1, 5)).Select(_ => pool[random.Next(pool.Length)]));
            writer.AddDocument(new Document
            {
                new TextField("caption", caption, Field.Store.NO),
                new TextField("by", i < 450 ? names[random.Next(4)] : names[random.Next(3)], Field.Store.NO),
            });
            if (random.Next(60) == 0) writer.Commit();
        }
    });

    private DirectoryReader Reader => _index.Reader;

    public TermStatesPreloadTests() => Assert.True(Reader.Leaves.Count > 5);

    public void Dispose() => _index.Dispose();

    public static TheoryData<string> Queries => new()
    {
        "caption:protest",
        "caption:flood by:reyes",
        "caption:storm caption:vigil by:chiu by:tama",
        "+caption:fire -by:hong caption:rally^3",
        "(caption:flood caption:storm)^2 +(by:reyes by:hong)",
        "caption:\"fire rally\" caption:vigil",
        "caption:nothing by:nobody",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Preloaded_query_scores_every_hit_as_lucenes_own_lookup_does(string text)
    {
        var searcher = new IndexSearcher(Reader);
        var parser = new Lucene.Net.QueryParsers.Classic.QueryParser(PhotoIndex.LuceneVersion, "caption", new StandardAnalyzer(PhotoIndex.LuceneVersion));
        var rewritten = searcher.Rewrite(parser.Parse(text));

        var preloaded = TermStatesPreload.Apply(searcher, rewritten, threads: 3, CancellationToken.None);

        var expected = searcher.Search(rewritten, 1000);
        var actual = searcher.Search(preloaded, 1000);
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
        Assert.Equal(rewritten.ToString(), preloaded.ToString()); // same query, only carrying its term states
    }

    [Fact]
    public void Queries_with_hits_find_them()
    {
        var searcher = new IndexSearcher(Reader);
        var query = TermStatesPreload.Apply(searcher, new TermQuery(new Term("caption", "flood")), threads: 2, CancellationToken.None);
        var hits = searcher.Search(query, 1000);
        Assert.True(hits.TotalHits > 0);
        Assert.All(hits.ScoreDocs, d => Assert.True(d.Doc >= 450)); // "flood" is only in the later half (no merging: ids follow insertion)
    }
}
