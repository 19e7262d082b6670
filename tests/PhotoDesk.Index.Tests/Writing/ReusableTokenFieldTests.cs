using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PhotoDesk.Index.Schema;
using Xunit;

namespace PhotoDesk.Index.Tests.Writing;

public class ReusableTokenFieldTests
{
    private static readonly string[] Keywords = ["Ringo Chiu", "", "ünïcødé / path/with spaces.jpg", "x"];
    private static readonly int[] Ints = [0, -1, 1, 739_000, int.MaxValue, int.MinValue];
    private static readonly long[] Longs = [0, -5, 186_000, long.MaxValue, long.MinValue, 1L << 40];

    [Fact]
    public void Reusable_fields_index_the_same_terms_as_Lucenes_own_fields()
    {
        var lucene = Terms(i => [new StringField("k", Keywords[i % Keywords.Length], Field.Store.NO),
            new Int32Field("i", Ints[i % Ints.Length], Field.Store.NO), new Int64Field("l", Longs[i % Longs.Length], Field.Store.NO)]);
        var reusable = Terms(i => [ReusableTokenField.Keyword("k", Keywords[i % Keywords.Length]),
            ReusableTokenField.Int32("i", Ints[i % Ints.Length]), ReusableTokenField.Int64("l", Longs[i % Longs.Length])]);
        Assert.NotEmpty(lucene);
        Assert.Equal(lucene, reusable);
    }

    [Fact]
    public void Two_keywords_of_one_document_are_both_indexed_though_they_share_a_stream()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(PhotoIndex.LuceneVersion, new KeywordAnalyzer())))
        {
            writer.AddDocument(new Document { ReusableTokenField.Keyword("has", "caption"), ReusableTokenField.Keyword("has", "date") });
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        Assert.Equal(1, searcher.Search(new TermQuery(new Term("has", "caption")), 1).TotalHits);
        Assert.Equal(1, searcher.Search(new TermQuery(new Term("has", "date")), 1).TotalHits);
        Assert.Equal(0, searcher.Search(new TermQuery(new Term("has", "gps")), 1).TotalHits);
    }

    [Fact]
    public void Numeric_ranges_find_reusable_numbers()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(PhotoIndex.LuceneVersion, new KeywordAnalyzer())))
        {
            foreach (var n in Ints) writer.AddDocument(new Document { ReusableTokenField.Int32("day", n) });
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        Assert.Equal(3, searcher.Search(NumericRangeQuery.NewInt32Range("day", 0, 739_000, true, true), 10).TotalHits);
        Assert.Equal(2, searcher.Search(NumericRangeQuery.NewInt32Range("day", int.MinValue, 0, true, false), 10).TotalHits);
    }

    /// <summary>Every (field, term, doc) posting of an index built from 24 documents.</summary>
    private static List<string> Terms(Func<int, IIndexableField[]> fields)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(PhotoIndex.LuceneVersion, new KeywordAnalyzer())))
        {
            for (var i = 0; i < 24; i++)
            {
                var doc = new Document();
                foreach (var f in fields(i)) doc.Add(f);
                writer.AddDocument(doc);
            }
        }
        var postings = new List<string>();
        using var reader = DirectoryReader.Open(directory);
        foreach (var leaf in reader.Leaves)
        {
            var all = leaf.AtomicReader.Fields;
            foreach (var field in all)
            {
                var terms = all.GetTerms(field).GetEnumerator();
                while (terms.MoveNext())
                {
                    var docs = terms.Docs(null, null);
                    int doc;
                    while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                        postings.Add($"{field} {terms.Term.Utf8ToString()} {new BytesRef(terms.Term.Bytes, terms.Term.Offset, terms.Term.Length)} {doc}");
                }
            }
        }
        return postings;
    }
}
