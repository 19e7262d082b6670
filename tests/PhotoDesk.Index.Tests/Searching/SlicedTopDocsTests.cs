using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using PhotoDesk.Index.Searching;
using Xunit;

namespace PhotoDesk.Index.Tests.Searching;

/// <summary>Searching runs of segments side by side finds the same page, in the same order, as one thread.</summary>
public sealed class SlicedTopDocsTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public SlicedTopDocsTests()
    {
        var random = new Random(42);
        string[] words = ["protest", "fire", "rally", "storm", "vigil"];
        var config = new IndexWriterConfig(PhotoIndex.LuceneVersion, new StandardAnalyzer(PhotoIndex.LuceneVersion))
        {
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
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
        }
        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    public static TheoryData<string, bool, int, int> Cases => new()
    {
        { "protest", false, 0, 20 },
        { "fire rally", false, 0, 1200 },
        { "storm", false, 37, 50 },
        { "protest", true, 0, 20 },
        { "vigil fire", true, 100, 300 },
        { "*:*", true, 1150, 100 }, // past the end
        { "*:*", false, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sliced_search_finds_the_page_one_thread_finds(string text, bool byDay, int offset, int limit)
    {
        var query = text == "*:*" ? (Query)new MatchAllDocsQuery() : Parse(text);
        var sort = byDay ? new Sort(new SortField("day", SortFieldType.INT64), SortField.FIELD_SCORE) : null;
        var searcher = new SliceableIndexSearcher(_reader);
        var slices = SlicedTopDocs.Slices(_reader, threads: 3, fromDocuments: 0);
        Assert.NotNull(slices);
        Assert.Equal(3, slices.Count);
        Assert.Equal(_reader.Leaves.Select(l => l.DocBase), slices.SelectMany(s => s).Select(l => l.DocBase)); // every segment, in order, once

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
        Assert.Null(SlicedTopDocs.Slices(_reader, threads: 4)); // 1,200 documents: below the slicing size
        Assert.Null(SlicedTopDocs.Slices(_reader, threads: 1, fromDocuments: 0));
    }

    private static Query Parse(string text)
    {
        var any = new BooleanQuery();
        foreach (var word in text.Split(' ')) any.Add(new TermQuery(new Term("caption", word)), Occur.SHOULD);
        return any;
    }
}
