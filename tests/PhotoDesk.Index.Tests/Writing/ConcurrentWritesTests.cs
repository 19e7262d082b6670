using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Tests.Fixtures;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Index.Tests.Writing;

/// <summary>One writer used from several threads at once (catalog import writes from each of its workers).</summary>
public sealed class ConcurrentWritesTests : IDisposable
{
    private const int Threads = 4;

    private readonly TempDirectory _folder = new("concurrent-writes");

    private string IndexPath => _folder.Combine("index");

    public void Dispose() => _folder.Dispose();

    private static PhotoEntry Photo(int thread, int n, string version = "v1") =>
        SamplePhotos.All[n % SamplePhotos.All.Count] with { Id = $"t{thread}-{n}", Path = $"/archive/{thread}/{n}-{version}.jpg" };

    private static void OnThreads(Action<int> body) =>
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, body);

    [Fact]
    public void UpsertAddAndCommit_FromSeveralThreads_IndexEveryEntryOnceWithItsLastVersion()
    {
        using (var writer = PhotoIndex.OpenWriter(IndexPath))
        {
            OnThreads(t =>
            {
                for (var n = 0; n < 300; n++)
                {
                    if (n % 2 == 0) writer.Add(Photo(t, n));
                    else writer.Upsert(Photo(t, n));
                    if (n % 3 == 0) writer.Upsert(Photo(t, n, "v2")); // a second version replaces the first
                    if (n % 100 == 0) writer.Commit();
                }
            });
        }

        using var searcher = PhotoIndex.OpenSearcher(IndexPath);
        Assert.Equal(Threads * 300, searcher.Search(new SearchRequest("*") { Limit = 1 }).Total);
        for (var t = 0; t < Threads; t++)
        {
            Assert.Equal(Photo(t, 3, "v2").Path, searcher.Get($"t{t}-3")!.Path);
            Assert.Equal(Photo(t, 4).Path, searcher.Get($"t{t}-4")!.Path);
        }
    }

    [Fact]
    public void Get_RightAfterEachWrite_SeesIt_WhileOtherThreadsWriteAndCommit()
    {
        using var writer = PhotoIndex.OpenWriter(IndexPath);
        writer.Upsert(Photo(9, 0));
        Assert.NotNull(writer.Get(Photo(9, 0).Id)); // opens the near-real-time reader: writes are remembered from here

        var misses = 0;
        OnThreads(t =>
        {
            for (var n = 0; n < 1500; n++)
            {
                var entry = Photo(t, n);
                writer.Upsert(entry);
                if (writer.Get(entry.Id)?.Path != entry.Path) Interlocked.Increment(ref misses);
                if (n > 0 && n % 50 == 0) writer.Delete(Photo(t, n - 1).Id);
                if (n > 0 && n % 50 == 0 && writer.Get(Photo(t, n - 1).Id) is not null) Interlocked.Increment(ref misses);
                if (t == 0 && n % 200 == 0) writer.Commit(); // reopens the reader while the others write
            }
        });

        Assert.Equal(0, misses);
        Assert.Equal(Photo(2, 1499).Path, writer.Get(Photo(2, 1499).Id)!.Path);
    }

    [Fact]
    public void Get_AfterMoreWritesThanAreRemembered_StillAnswersWithTheLatestVersion()
    {
        using var writer = PhotoIndex.OpenWriter(IndexPath);
        Assert.Null(writer.Get("opens-the-reader"));

        for (var n = 0; n < 6000; n++) writer.Upsert(Photo(0, n)); // past the 4,096 entries kept in memory
        writer.Upsert(Photo(0, 10, "v2"));
        writer.Delete(Photo(0, 20).Id);

        Assert.Equal(Photo(0, 10, "v2").Path, writer.Get(Photo(0, 10).Id)!.Path);
        Assert.Equal(Photo(0, 5999).Path, writer.Get(Photo(0, 5999).Id)!.Path);
        Assert.Null(writer.Get(Photo(0, 20).Id));
        Assert.Equal(5999, writer.ReadStamps().Count);
    }

    [Fact]
    public void ReadStamps_OnAnIndexNobodyReadsYet_SeesUncommittedWritesAndLaterOnes()
    {
        using var writer = PhotoIndex.OpenWriter(IndexPath);
        writer.Add(Photo(0, 1));
        Assert.Equal([Photo(0, 1).Path], writer.ReadStamps().Select(s => s.Path));

        writer.Add(Photo(0, 2)); // an import writes after reading the stamps once
        writer.DeleteAll();
        writer.Add(Photo(0, 3));

        Assert.Equal([Photo(0, 3).Path], writer.ReadStamps().Select(s => s.Path));
        Assert.Null(writer.Get(Photo(0, 1).Id));
    }
}
