using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Tests.Fixtures;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Index.Tests.Writing;

public sealed class PhotoIndexWriterTests : IDisposable
{
    private readonly TempDirectory _folder = new("writer");

    private string IndexPath => _folder.Combine("index");

    public void Dispose() => _folder.Dispose();

    private static SearchRequest All => new("*") { Limit = 100 };

    [Fact]
    public void OpenWriter_OnAMissingFolder_CreatesAnEmptySearchableIndex()
    {
        using (var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None))
            Assert.Null(writer.RebuildNotice);
        using var searcher = PhotoIndex.OpenSearcher(IndexPath);
        Assert.Equal(0, searcher.Search(All).Total);
        Assert.Equal(PhotoDesk.Index.Schema.IndexFormat.Current, searcher.GetStats().FormatVersion);
    }

    [Fact]
    public void CompactAfterBulkLoad_KeepsEveryPhoto_CommitsThem_AndLeavesTheWritersPolicyAndSchedulerAsTheyWere()
    {
        // A unit-size index cannot show the merging itself (Lucene merges ten small segments at a time, and a tiny
        // index never keeps ten): bench/run.sh prints the segment count a million-record import leaves.
        using (var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None))
        {
            var template = SamplePhotos.All[0];
            for (var batch = 0; batch < 9; batch++)
            {
                for (var i = 0; i < 5; i++) writer.Add(template with { Id = $"p{batch}-{i}", Path = $"/archive/{batch}/{i}.jpg" });
                writer.Commit(); // one small segment per commit
            }
            var before = SegmentCount();
            writer.Add(template with { Id = "last", Path = "/archive/last.jpg" }); // not yet committed

            writer.CompactAfterBulkLoad();

            Assert.True(SegmentCount() <= before + 1, $"{SegmentCount()} segments after compacting ({before} before)");
            var internalWriter = (Lucene.Net.Index.IndexWriter)typeof(PhotoDesk.Index.Writing.PhotoIndexWriter)
                .GetField("_writer", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(writer)!;
            Assert.Equal(10, ((Lucene.Net.Index.TieredMergePolicy)internalWriter.Config.MergePolicy).SegmentsPerTier);
            var scheduler = (Lucene.Net.Index.ConcurrentMergeScheduler)internalWriter.Config.MergeScheduler;
            var defaults = new Lucene.Net.Index.ConcurrentMergeScheduler(); // merges while indexing: Lucene's defaults again
            Assert.Equal((defaults.MaxMergeCount, defaults.MaxThreadCount), (scheduler.MaxMergeCount, scheduler.MaxThreadCount));
        }
        using var searcher = PhotoIndex.OpenSearcher(IndexPath);
        Assert.Equal(46, searcher.Search(new SearchRequest("*") { Limit = 1 }).Total);
    }

    private int SegmentCount()
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(IndexPath);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        return reader.Leaves.Count;
    }

    [Fact]
    public void SecondWriter_InTheSameProcess_GetsIndexLockedException()
    {
        using var first = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None);
        var e = Assert.Throws<IndexLockedException>(() => PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None));
        Assert.Equal(Path.GetFullPath(IndexPath), e.IndexPath);
        Assert.Contains("in use", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondWriter_WithAWait_GetsTheIndexOnceTheFirstIsDisposed()
    {
        var first = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None);
        first.Upsert(SamplePhotos.All[0]);
        var release = Task.Run(async () =>
        {
            await Task.Delay(300);
            first.Dispose();
        });
        using var second = PhotoIndex.OpenWriter(IndexPath, TimeSpan.FromSeconds(20), CancellationToken.None);
        await release;
        Assert.NotNull(second.Get(SamplePhotos.All[0].Id)); // the first writer's work was committed on dispose
    }

    [Fact]
    public void WaitingWriter_StopsWhenCancelled()
    {
        using var first = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        Assert.ThrowsAny<OperationCanceledException>(() => PhotoIndex.OpenWriter(IndexPath, TimeSpan.FromMinutes(5), cancel.Token));
    }

    [Fact]
    public void Searcher_SeesCommitsOnlyAfterRefresh()
    {
        using var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None);
        using var searcher = PhotoIndex.OpenSearcher(IndexPath);
        writer.Upsert(SamplePhotos.All[0]);
        writer.Commit();
        Assert.Equal(0, searcher.Search(All).Total); // refreshed after commits, not before each query
        Assert.True(searcher.Refresh());
        Assert.Equal(1, searcher.Search(All).Total);
        Assert.False(searcher.Refresh()); // nothing new
    }

    [Fact]
    public void Upsert_SameIdTwice_KeepsOneDocumentWithTheNewValues()
    {
        using var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None);
        var entry = SamplePhotos.All[1];
        writer.Upsert(entry);
        writer.Upsert(entry with { Path = "/archive/moved/p2.jpg" });
        writer.Commit();
        using var searcher = PhotoIndex.OpenSearcher(IndexPath);
        var result = searcher.Search(All);
        Assert.Equal(1, result.Total);
        Assert.Equal("/archive/moved/p2.jpg", result.Hits[0].Entry.Path);
        Assert.Equal(1, searcher.Search(new SearchRequest("path:\"/archive/moved/p2.jpg\"")).Total);
        Assert.Equal(0, searcher.Search(new SearchRequest("path:\"/archive/2025/p2.jpg\"")).Total);
    }

    [Fact]
    public void Get_ReturnsTheWholeEntry_BeforeAndAfterCommit()
    {
        using var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None);
        var entry = SamplePhotos.All[7]; // p8: capture time, camera, size, headline
        writer.Upsert(entry);
        var uncommitted = writer.Get(entry.Id);
        writer.Commit();
        using var searcher = PhotoIndex.OpenSearcher(IndexPath);
        var committed = searcher.Get(entry.Id);
        foreach (var got in new[] { uncommitted, committed })
        {
            Assert.NotNull(got);
            Assert.Equal(entry, got, EntryComparer.Instance);
        }
        Assert.Null(searcher.Get("nope"));
    }

    [Fact]
    public void HugeEntry_TooLargeForDocValues_IsStoredAndFoundWhole()
    {
        var caption = string.Concat(Enumerable.Repeat("A very long caption about a protest in Paramount. ", 1000)); // ~50 KB
        var huge = SamplePhotos.All[1] with { Metadata = SamplePhotos.All[1].Metadata with { Description = caption } };
        using (var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None))
        {
            writer.Upsert(huge);
            writer.Upsert(SamplePhotos.All[0]);
            writer.Commit();
        }
        using var searcher = PhotoIndex.OpenSearcher(IndexPath);
        var hit = searcher.Search(new SearchRequest("paramount")).Hits.Single();
        Assert.Equal(caption, hit.Entry.Metadata.Description);
        Assert.Equal(huge, searcher.Get(huge.Id)!, EntryComparer.Instance);
        Assert.Equal(SamplePhotos.All[0], searcher.Get("p1")!, EntryComparer.Instance);
    }

    [Fact]
    public void FuzzyName_MatchingThousandsOfSpellings_StillSearches()
    {
        // 1,500 surnames within two edits of "chew" ("chaa" … "czez"): more terms than a BooleanQuery may hold (1,024).
        var letters = "abcdefghijklmnopqrstuvwxyz";
        var names = (from a in letters from b in letters select $"ch{a}{b}").Concat(from a in letters from b in letters select $"c{a}e{b}")
            .Distinct().Take(1500).ToList();
        using (var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None))
        {
            for (var i = 0; i < names.Count; i++)
                writer.Upsert(SamplePhotos.Entry($"f{i}", "A caption.", [$"Ringo {names[i]}"], ["AFP"], null));
            writer.Commit();
        }
        using var searcher = PhotoIndex.OpenSearcher(IndexPath);
        Assert.True(searcher.Search(new SearchRequest("by:\"ringo chew\"~")).Total > 0);
        Assert.True(searcher.Search(new SearchRequest("by:chew~")).Total > 0);
        Assert.True(searcher.Search(new SearchRequest("\"ringo chew\"~")).Total > 0);
    }

    [Fact]
    public void Get_SeesEveryWriteAndDelete_InAnyOrder()
    {
        using var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None);
        writer.Upsert(SamplePhotos.All[0]);
        writer.Upsert(SamplePhotos.All[1]);
        writer.Commit();
        Assert.Equal(2, writer.ReadStamps().Count); // opens the near-real-time reader
        writer.Delete("p1");
        Assert.Null(writer.Get("p1"));
        Assert.Equal("/archive/2025/p2.jpg", writer.Get("p2")!.Path);
        writer.Upsert(SamplePhotos.All[1] with { Path = "/moved/p2.jpg" });
        Assert.Equal("/moved/p2.jpg", writer.Get("p2")!.Path);
        writer.Commit();
        Assert.Equal("/moved/p2.jpg", writer.Get("p2")!.Path);
        Assert.Null(writer.Get("p1"));
        writer.DeleteAll();
        Assert.Null(writer.Get("p2"));
        writer.Upsert(SamplePhotos.All[2]);
        Assert.NotNull(writer.Get("p3"));
        Assert.Equal(["p3"], writer.ReadStamps().Select(s => s.Id));
    }

    [Fact]
    public void Delete_RemovesThePhoto_AndItsStamp()
    {
        using var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None);
        foreach (var e in SamplePhotos.All.Take(3)) writer.Upsert(e);
        writer.Delete("p2");
        Assert.Equal(["p1", "p3"], writer.ReadStamps().Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Null(writer.Get("p2"));
    }

    [Fact]
    public void ReadStamps_ReturnsIdPathSizeModifiedAndHash_OfEveryPhoto()
    {
        using var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None);
        foreach (var e in SamplePhotos.All) writer.Upsert(e);
        writer.Upsert(SamplePhotos.All[0] with { Id = "nohash", ContentHash = null });
        writer.Commit();
        var stamps = writer.ReadStamps().ToDictionary(s => s.Id);
        Assert.Equal(SamplePhotos.All.Count + 1, stamps.Count);
        var p5 = SamplePhotos.All[4];
        Assert.Equal(new FileStamp(p5.Id, p5.Path, p5.FileSize, p5.Modified, p5.ContentHash), stamps[p5.Id]);
        Assert.Null(stamps["nohash"].ContentHash);
    }

    [Fact]
    public void DeleteAll_EmptiesTheIndex()
    {
        using (var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None))
        {
            foreach (var e in SamplePhotos.All) writer.Upsert(e);
            writer.Commit();
            writer.DeleteAll();
            writer.Commit();
        }
        using var searcher = PhotoIndex.OpenSearcher(IndexPath);
        Assert.Equal(0, searcher.GetStats().PhotoCount);
    }

    [Fact]
    public void UpdateFindings_ReplacesTheListedPhotosFindings_AndLeavesOthers()
    {
        using (var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None))
        {
            foreach (var e in SamplePhotos.All) writer.Upsert(e);
            writer.UpdateFindings(new Dictionary<string, IReadOnlyList<string>>
            {
                ["p4"] = [], // cleared
                ["p2"] = ["spelling-variant", "credit-mismatch"],
                ["unknown"] = ["missing-credit"], // ignored
            });
            writer.Commit();
        }
        using var searcher = PhotoIndex.OpenSearcher(IndexPath);
        Assert.Equal(["p2"], searcher.AllIds("has:finding"));
        Assert.Equal(["p2"], searcher.AllIds("finding:credit-mismatch"));
        Assert.Equal(["credit-mismatch", "spelling-variant"], searcher.Get("p2")!.Findings);
    }

    [Fact]
    public void MarkIngested_IsCommitted_AndShownInStats()
    {
        var when = new DateTimeOffset(2025, 6, 20, 8, 30, 0, TimeSpan.Zero);
        using (var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None))
        {
            writer.Upsert(SamplePhotos.All[0]);
            writer.MarkIngested(when);
            writer.Commit();
        }
        using var searcher = PhotoIndex.OpenSearcher(IndexPath);
        var stats = searcher.GetStats();
        Assert.Equal(1, stats.PhotoCount);
        Assert.Equal(when, stats.LastIngest);
        Assert.True(stats.SizeBytes > 0);
        Assert.Equal(Path.GetFullPath(IndexPath), stats.IndexPath);
        using var reopened = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None);
        Assert.Equal(when, reopened.LastIngest); // survives a reopen
    }

    [Fact]
    public void OpenWriter_OnANewIndex_PlacesAWholeFirstCommitBeforeAnyWork()
    {
        using var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None);

        // a process killed from here on leaves an index that opens: the first commit is already whole on disk
        Assert.True(PhotoIndex.Exists(IndexPath));
        using (var searcher = PhotoIndex.OpenSearcher(IndexPath))
            Assert.Equal(0, searcher.Search(All).Total);
        Assert.Empty(System.IO.Directory.GetDirectories(IndexPath)); // the side folder it was written in is gone
    }

    [Fact]
    public void OpenWriter_AfterAProcessDiedWritingTheFirstCommit_RemovesItsSideFolderAndOpens()
    {
        // what a kill during the first commit leaves: the index folder with no commit, a side folder with half a one
        var side = Path.Combine(IndexPath, ".photodesk-first-commit-0123456789abcdef0123456789abcdef");
        System.IO.Directory.CreateDirectory(side);
        File.WriteAllBytes(Path.Combine(side, "segments_1"), [0x3f, 0xd7, 0x6c]);
        Assert.False(PhotoIndex.Exists(IndexPath));

        using (var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None))
        {
            Assert.Null(writer.RebuildNotice);
            writer.Upsert(SamplePhotos.All[0]);
        }

        Assert.False(System.IO.Directory.Exists(side));
        using var searcher = PhotoIndex.OpenSearcher(IndexPath);
        Assert.Equal(1, searcher.Search(All).Total);
    }

    [Fact]
    public void OpenWriter_OnATruncatedFirstCommit_ClearsItWithANotice()
    {
        // the state a kill mid-first-commit left before first commits were placed whole
        System.IO.Directory.CreateDirectory(IndexPath);
        File.WriteAllBytes(Path.Combine(IndexPath, "segments_1"), [0x3f, 0xd7, 0x6c]);
        Assert.Throws<IndexUnavailableException>(() => PhotoIndex.OpenSearcher(IndexPath));

        using (var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None))
            Assert.Contains("could not be read", writer.RebuildNotice, StringComparison.Ordinal);

        using var searcher = PhotoIndex.OpenSearcher(IndexPath);
        Assert.Equal(0, searcher.Search(All).Total);
    }

    [Theory]
    [InlineData(null)] // a plain Lucene index without PhotoDesk's commit data
    [InlineData("0")] // an older PhotoDesk format
    [InlineData("999")] // a newer one
    public void IndexOfAnotherFormat_IsReportedBySearcher_AndRebuiltByWriter(string? version)
    {
        WriteForeignIndex(IndexPath, version);

        var e = Assert.Throws<IndexUnavailableException>(() => PhotoIndex.OpenSearcher(IndexPath));
        Assert.True(e.NeedsRebuild);
        Assert.Contains("index needs rebuild", e.Message, StringComparison.Ordinal);
        Assert.Contains("photodesk reindex", e.Message, StringComparison.Ordinal);

        using (var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None))
        {
            Assert.NotNull(writer.RebuildNotice);
            Assert.Contains("cleared", writer.RebuildNotice, StringComparison.Ordinal);
            Assert.Empty(writer.ReadStamps()); // the foreign document is gone
        }
        using var searcher = PhotoIndex.OpenSearcher(IndexPath);
        Assert.Equal(0, searcher.GetStats().PhotoCount);
    }

    [Fact]
    public void OpenSearcher_WithoutAnIndex_SaysHowToMakeOne()
    {
        var e = Assert.Throws<IndexUnavailableException>(() => PhotoIndex.OpenSearcher(IndexPath));
        Assert.False(e.NeedsRebuild);
        Assert.Contains("no index at", e.Message, StringComparison.Ordinal);
        Assert.Contains("photodesk ingest", e.Message, StringComparison.Ordinal);
        System.IO.Directory.CreateDirectory(IndexPath); // an empty folder is no index either
        Assert.Throws<IndexUnavailableException>(() => PhotoIndex.OpenSearcher(IndexPath));
    }

    [Fact]
    public void Searcher_WorksWhileAWriterHoldsTheLock()
    {
        using var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None);
        writer.Upsert(SamplePhotos.All[0]);
        writer.Commit();
        writer.Upsert(SamplePhotos.All[1]); // not committed yet
        using var searcher = PhotoIndex.OpenSearcher(IndexPath);
        Assert.Equal(1, searcher.Search(All).Total);
    }

    private static void WriteForeignIndex(string path, string? version)
    {
        using var directory = FSDirectory.Open(path);
        using var analyzer = new Lucene.Net.Analysis.Core.KeywordAnalyzer();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(PhotoIndex.LuceneVersion, analyzer));
        writer.AddDocument(new Document { new StringField("id", "old", Field.Store.YES) });
        if (version is not null) writer.SetCommitData(new Dictionary<string, string> { ["photodesk.format"] = version });
        writer.Commit();
    }
}
