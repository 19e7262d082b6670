using Lucene.Net.Analysis.Standard;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace PhotoDesk.Index.Tests.Fixtures;

/// <summary>
/// An in-memory Lucene index written as many segments, none merged, for tests of code that works segment by
/// segment. The caller writes the documents (and commits where it wants a segment to end).
/// </summary>
public sealed class SegmentedRamIndex : IDisposable
{
    private readonly RAMDirectory _directory = new();

    public SegmentedRamIndex(int seed, Action<IndexWriter, Random> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var config = new IndexWriterConfig(PhotoIndex.LuceneVersion, new StandardAnalyzer(PhotoIndex.LuceneVersion))
        {
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(_directory, config)) write(writer, new Random(seed));
        Reader = DirectoryReader.Open(_directory);
    }

    public DirectoryReader Reader { get; }

    public void Dispose()
    {
        Reader.Dispose();
        _directory.Dispose();
    }
}
