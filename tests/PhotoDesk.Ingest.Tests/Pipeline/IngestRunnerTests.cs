using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Ingest.Pipeline;
using PhotoDesk.Ingest.Tests.Support;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Ingest.Tests.Pipeline;

public sealed class IngestRunnerTests : IDisposable
{
    private readonly TempDirectory _dir = new("ingest");
    private readonly Archive _archive;
    private readonly InMemoryIndexWriter _index = new();
    private readonly SidecarTextReader _reader = new();

    public IngestRunnerTests() => _archive = new Archive(_dir.Combine("archive"));

    public void Dispose() => _dir.Dispose();

    private IngestRunner Runner(IMetadataReader? reader = null, IngestOptions? options = null) =>
        new(reader ?? _reader, new StubCaptionParser(), options ?? new IngestOptions { Thumbnails = false });

    private Task<IngestSummary> Ingest(IMetadataReader? reader = null, IngestOptions? options = null) =>
        Runner(reader, options).RunAsync(_index, [_archive.Root]);

    private void ThreePhotos()
    {
        _archive.Photo("a.jpg", 1, caption: "Fire in Paramount (Jae C. Hong/AP)");
        _archive.Photo("sub/b.jpg", 2, caption: "Protest (Ringo Chiu/AFP/Getty Images)", creators: "Ringo Chiu");
        _archive.Photo("sub/c.jpg", 3);
    }

    [Fact]
    public async Task FirstIngest_AddsEveryPhoto_WithResolvedValues_AndCommits()
    {
        ThreePhotos();
        var s = await Ingest();

        Assert.Equal((3, 3, 0, 0, 0, 0L), (s.Scanned, s.Added, s.Updated, s.Unchanged, s.Removed, s.Failed));
        var a = _index.ByPath(Path.Combine(_archive.Root, "a.jpg"))!;
        Assert.Equal(["Jae C. Hong"], a.Photographers);
        Assert.Equal(["AP"], a.Agencies);
        Assert.Equal(MetadataSource.Caption, a.Provenance[ResolvedFields.Photographers]);
        Assert.Equal(16, a.Id.Length);
        Assert.NotNull(_index.LastIngest);
    }

    [Fact]
    public async Task SecondIngest_OverAnUnchangedArchive_OnlyStatsFiles_AndChangesNothing()
    {
        ThreePhotos();
        await Ingest();
        var upserts = _index.Upserts;
        var reads = _reader.Reads;

        var s = await Ingest();

        Assert.Equal((3, 0, 0, 3, 0), (s.Scanned, s.Added, s.Updated, s.Unchanged, s.Removed));
        Assert.Equal(upserts, _index.Upserts);
        Assert.Equal(reads, _reader.Reads);
    }

    [Fact]
    public async Task TouchingOneFile_UpdatesOnlyIt()
    {
        ThreePhotos();
        await Ingest();
        Archive.Touch(Path.Combine(_archive.Root, "sub", "c.jpg"));

        var s = await Ingest();

        Assert.Equal((1, 2, 0), (s.Updated, s.Unchanged, s.Added));
    }

    [Fact]
    public async Task EditingACaptionSidecar_UpdatesThePhoto()
    {
        ThreePhotos();
        await Ingest();
        var sidecar = Path.Combine(_archive.Root, "a.txt");
        File.WriteAllText(sidecar, "Fire (Marcio Jose Sanchez/AP)");
        Archive.Touch(sidecar);

        var s = await Ingest();

        Assert.Equal(1, s.Updated);
        Assert.Equal(["Marcio Jose Sanchez"], _index.ByPath(Path.Combine(_archive.Root, "a.jpg"))!.Photographers);
    }

    [Fact]
    public async Task DeletingAPhoto_RemovesIt()
    {
        ThreePhotos();
        await Ingest();
        File.Delete(Path.Combine(_archive.Root, "sub", "b.jpg"));

        var s = await Ingest();

        Assert.Equal(1, s.Removed);
        Assert.Equal(2, _index.Committed.Count);
    }

    [Fact]
    public async Task RenamingOrMovingAPhoto_KeepsItsId()
    {
        ThreePhotos();
        await Ingest();
        var before = _index.ByPath(Path.Combine(_archive.Root, "a.jpg"))!.Id;
        Directory.CreateDirectory(Path.Combine(_archive.Root, "moved"));
        File.Move(Path.Combine(_archive.Root, "a.jpg"), Path.Combine(_archive.Root, "moved", "renamed.jpg"));

        var s = await Ingest();

        Assert.Equal((0, 1, 0), (s.Added, s.Updated, s.Removed));
        Assert.Equal(before, _index.ByPath(Path.Combine(_archive.Root, "moved", "renamed.jpg"))!.Id);
        Assert.Equal(3, _index.Committed.Count);
    }

    [Fact]
    public async Task ACopyWithIdenticalPixels_GetsItsOwnId()
    {
        ThreePhotos();
        await Ingest();
        File.Copy(Path.Combine(_archive.Root, "a.jpg"), Path.Combine(_archive.Root, "copy.jpg"));

        var s = await Ingest();

        Assert.Equal(1, s.Added);
        Assert.Equal(4, _index.Committed.Values.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task ACorruptFile_IsReportedWithItsReason_AndTheRestIsIndexed()
    {
        ThreePhotos();
        var bad = _archive.Bytes("bad.jpg", "this is text, not a photo"u8.ToArray());

        var s = await Ingest();

        Assert.Equal(3, s.Added);
        var failure = Assert.Single(s.Failures);
        Assert.Equal(bad, failure.Path);
        Assert.Contains("not a JPEG", failure.Error);
    }

    [Fact]
    public async Task AFileOverItsTimeBudget_IsReportedAsFailed_AndTheRunGoesOn()
    {
        ThreePhotos();
        _archive.Photo("slow-hang.jpg", 9);
        var options = new IngestOptions { Thumbnails = false, PerFileBudget = TimeSpan.FromMilliseconds(500) };

        var s = await Ingest(new SidecarTextReader(hangOn: "slow-hang"), options);

        Assert.Equal(3, s.Added);
        Assert.Contains("took longer", Assert.Single(s.Failures).Error);
    }

    [Fact]
    public async Task APhotoThatStartsFailing_KeepsItsLastGoodEntry_AndIsReported()
    {
        ThreePhotos();
        await Ingest();
        var c = Path.Combine(_archive.Root, "sub", "c.jpg");
        File.WriteAllText(c, "garbage");

        var s = await Ingest();

        Assert.Single(s.Failures);
        Assert.Equal(0, s.Removed);
        Assert.NotNull(_index.ByPath(c));
    }

    [Fact]
    public async Task Cancelling_CommitsWhatWasDone_AndAppliesNoRemovals()
    {
        for (var i = 0; i < 40; i++) _archive.Photo($"p{i:D2}.jpg", i);
        using var cts = new CancellationTokenSource();
        // Cancelled from inside the sixth read, as an operator's Ctrl+C would land mid-photo.
        var reader = new SidecarTextReader(delay: TimeSpan.FromMilliseconds(5), onRead: n => { if (n == 6) cts.Cancel(); });
        var runner = Runner(reader, new IngestOptions { Thumbnails = false, Parallelism = 1 });

        var s = await runner.RunAsync(_index, [_archive.Root], progress: null, cts.Token);

        Assert.True(s.Cancelled);
        Assert.InRange(_index.Committed.Count, 1, 39);
        Assert.Equal(s.Added, _index.Committed.Count);
        var rerun = await Ingest();
        Assert.Equal(40, _index.Committed.Count);
        Assert.Equal(40 - s.Added, rerun.Added);
    }

    [Fact]
    public async Task IngestingOneFolder_DoesNotRemovePhotosOfAnother()
    {
        ThreePhotos();
        var other = new Archive(_dir.Combine("other"));
        other.Photo("o.jpg", 7);
        await Ingest();
        await Runner().RunAsync(_index, [other.Root]);

        var s = await Ingest();

        Assert.Equal(0, s.Removed);
        Assert.Equal(4, _index.Committed.Count);
    }

    [Fact]
    public async Task Refresh_ReindexesTheNamedFiles_AndRemovesVanishedOnes()
    {
        ThreePhotos();
        var runner = Runner();
        var session = new IngestSession(_index);
        await runner.RunAsync(session, [_archive.Root]);
        File.WriteAllText(Path.Combine(_archive.Root, "sub", "c.txt"), "Now with a caption (Name Here/Agency)");
        File.Delete(Path.Combine(_archive.Root, "a.jpg"));

        var s = await runner.RefreshAsync(session, [Path.Combine(_archive.Root, "sub", "c.txt"), Path.Combine(_archive.Root, "a.jpg")]);

        Assert.Equal((1, 1), (s.Updated, s.Removed));
        Assert.Equal(["Name Here"], _index.ByPath(Path.Combine(_archive.Root, "sub", "c.jpg"))!.Photographers);
    }

    [Fact]
    public async Task CommitsHappenDuringALongRun_NotOnlyAtTheEnd()
    {
        for (var i = 0; i < 30; i++) _archive.Photo($"p{i:D2}.jpg", i);
        var options = new IngestOptions { Thumbnails = false, Parallelism = 1, CommitInterval = TimeSpan.FromMilliseconds(100) };

        await Ingest(new SidecarTextReader(delay: TimeSpan.FromMilliseconds(15)), options);

        Assert.True(_index.Commits >= 3, $"only {_index.Commits} commits");
    }
}
