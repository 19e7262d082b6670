using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PhotoDesk.Index.Searching;
using PhotoDesk.Index.Tests.Fixtures;
using Xunit;

namespace PhotoDesk.Index.Tests.Searching;

/// <summary>Searching runs of segments side by side finds the same page, in the same order, as one thread.</summary>
public sealed class SlicedTopDocsTests : IDisposable
{
    private readonly SegmentedRamIndex _index = new(42, (writer, random) =>
    {
        string[] words = ["protest", "fire", "rally", "storm", "vigil"];
        for (var i = 0; i < 1200; i++)
        {
            // few distinct captions and days: many hits tie on score and on the sort key
            var caption = string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Length)]));
            writer.AddDocument(new Document
            {
                new TextField("caption", caption, Field.Store.NO),
                new NumericDocValuesField("day", random.Next(20)),
            });
            if (random.Next(90) == 0) writer.Commit(); // segments of uneven size
        }
    });

    private DirectoryReader Reader => _index.Reader;

    public void Dispose() => _index.Dispose();

    public enum Order { Score, DayAscending, NewestFirst }

    public static TheoryData<string, Order, int, int> Cases => new()
    {
        { "protest", Order.Score, 0, 20 },
        { "fire rally", Order.Score, 0, 1200 },
        { "storm", Order.Score, 37, 50 },
        { "protest", Order.DayAscending, 0, 20 },
        { "vigil fire", Order.DayAscending, 100, 300 },
        { "*:*", Order.DayAscending, 1150, 100 }, // past the end
        { "*:*", Order.Score, 0, 0 },
        { "rally", Order.NewestFirst, 0, 20 }, // our own comparer: its values are merged across slices too
        { "*:*", Order.NewestFirst, 300, 400 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sliced_search_finds_the_page_one_thread_finds(string text, Order order, int offset, int limit)
    {
        var query = text == "*:*" ? (Query)new MatchAllDocsQuery() : Parse(text);
        var sort = order switch
        {
            Order.DayAscending => new Sort(new SortField("day", SortFieldType.INT64), SortField.FIELD_SCORE),
            Order.NewestFirst => new Sort(new SortField("day", NewestFirstComparerSource.Instance), SortField.FIELD_SCORE),
            _ => null,
        };
        var searcher = new SliceableIndexSearcher(Reader);
        var slices = SlicedTopDocs.Slices(Reader, threads: 3, fromDocuments: 0);
        Assert.NotNull(slices);
        Assert.Equal(3, slices.Count);
        Assert.Equal(Reader.Leaves.Select(l => l.DocBase), slices.SelectMany(s => s).Select(l => l.DocBase)); // every segment, in order, once

        var sliced = SlicedTopDocs.Search(searcher, slices, searcher.Rewrite(query), sort, offset, limit, CancellationToken.None);

        var one = SlicedTopDocs.TopCollector(sort, Math.Max(1, offset + limit), forMerge: false);
        searcher.Search(query, one);
        var expected = one.GetTopDocs(offset, limit);
        Assert.Equal(one.TotalHits, sliced.TotalHits);
        Assert.True(one.TotalHits > 0);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), sliced.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    [Fact]
    public void A_small_index_or_a_single_core_is_searched_in_one_thread()
    {
        Assert.Null(SlicedTopDocs.Slices(Reader, threads: 4)); // 1,200 documents: below the slicing size
        Assert.Null(SlicedTopDocs.Slices(Reader, threads: 1, fromDocuments: 0));
    }

    private static Query Parse(string text)
    {
        var any = new BooleanQuery();
        foreach (var word in text.Split(' ')) any.Add(new TermQuery(new Term("caption", word)), Occur.SHOULD);
        return any;
    }
}
