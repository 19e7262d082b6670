using PhotoDesk.Index.Searching;
using PhotoDesk.Testing;

namespace PhotoDesk.Index.Tests.Fixtures;

/// <summary>A real on-disk index of <see cref="SamplePhotos"/>, built once per test class.</summary>
public sealed class SampleIndex : IDisposable
{
    private readonly TempDirectory _folder = new("index");

    public SampleIndex()
    {
        using (var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None))
        {
            foreach (var entry in SamplePhotos.All) writer.Upsert(entry);
            writer.MarkIngested(new DateTimeOffset(2025, 6, 20, 8, 30, 0, TimeSpan.Zero));
            writer.Commit();
        }
        Searcher = PhotoIndex.OpenSearcher(IndexPath);
    }

    public string IndexPath => _folder.Combine("index");

    public PhotoSearcher Searcher { get; }

    public void Dispose()
    {
        Searcher.Dispose();
        _folder.Dispose();
    }
}
