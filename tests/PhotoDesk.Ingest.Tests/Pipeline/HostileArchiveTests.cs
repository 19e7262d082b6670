using System.Buffers.Binary;
using PhotoDesk.Captions;
using PhotoDesk.Captions.Places;
using PhotoDesk.Index;
using PhotoDesk.Ingest.Pipeline;
using PhotoDesk.Ingest.Tests.Support;
using PhotoDesk.Ingest.Thumbnails;
using PhotoDesk.Metadata.Reading;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Ingest.Tests.Pipeline;

/// <summary>
/// Ingest over a mix of good photos and hostile files (generated here, none checked in), with the real reader,
/// caption parser, thumbnails and Lucene index: every good photo indexed, no bad file crashes or stalls the run,
/// each failure reported once, nothing outside the root read.
/// </summary>
public sealed class HostileArchiveTests : IDisposable
{
    private readonly TempDirectory _dir = new("hostile");

    public void Dispose() => _dir.Dispose();

    private async Task<IngestSummary> IngestAsync(string root)
    {
        var indexPath = _dir.Combine("index");
        using var writer = PhotoIndex.OpenWriter(indexPath);
        var runner = new IngestRunner(new PhotoMetadataReader(), new CaptionParser(PlaceFinder.Default),
            new IngestOptions { PerFileBudget = TimeSpan.FromSeconds(20), ExcludedFolders = [indexPath] },
            new ThumbnailMaker(new ThumbnailStore(indexPath)));
        return await runner.RunAsync(writer, [root]);
    }

    private static byte[] Truncated(byte[] jpeg, int length) => jpeg[..Math.Min(length, jpeg.Length)];

    /// <summary>A JPEG whose SOF0 frame header claims <paramref name="width"/> × <paramref name="height"/>.</summary>
    private static byte[] ClaimingSize(byte[] jpeg, ushort width, ushort height)
    {
        var copy = (byte[])jpeg.Clone();
        for (var i = 2; i + 9 < copy.Length; i++)
        {
            if (copy[i] != 0xFF || copy[i + 1] != 0xC0) continue;
            BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(i + 5), height);
            BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(i + 7), width);
            break;
        }
        return copy;
    }

    [Fact]
    public async Task GoodPhotosAreAllIndexed_AndEveryBadFileIsReportedAtMostOnce_WithoutACrash()
    {
        var archive = new Archive(_dir.Combine("archive"));
        var good = new List<string>
        {
            archive.Photo("good/a.jpg", 1, caption: "Fire in Paramount, Calif., on June 7, 2025. (AP Photo/Jae C. Hong)"),
            archive.Photo("good/-leading dash.jpg", 2),
            archive.Photo("good/Zürich 東京 photo.jpg", 3),
            archive.Photo("good/new\nline.jpg", 4),
            archive.Photo(string.Join('/', Enumerable.Range(0, 60).Select(i => "n" + i)) + "/deep.jpg", 5),
            archive.Photo("good/escapes.jpg", 6, caption: "Caption with \u001b]0;title\u0007 escapes and \u202e bidi (Photo by Name Here/AFP)"),
        };
        var jpeg = TestImages.Jpeg(7, 64, 48);
        var random = new byte[4096];
        new Random(1).NextBytes(random);
        var bad = new List<string>
        {
            archive.Bytes("bad/zero.jpg", []),
            archive.Bytes("bad/random.jpg", random),
            archive.Bytes("bad/text.jpg", "just some text, not a JPEG at all"u8.ToArray()),
            archive.Bytes("bad/mid-header.jpg", Truncated(jpeg, 3)),
            archive.Bytes("bad/mid-segment.jpg", Truncated(jpeg, 30)),
            archive.Bytes("bad/mid-scan.jpg", Truncated(jpeg, jpeg.Length / 2)),
            archive.Bytes("bad/segment-past-end.jpg", [0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xF0, 0x45, 0x78, 0x69, 0x66, 0, 0]),
            archive.Bytes("bad/huge-frame.jpg", ClaimingSize(jpeg, 65500, 65500)),
            archive.Bytes("bad/huge.png", TestImages.PngClaiming(100_000, 100_000)),
        };
        using var outside = new TempDirectory("hostile-outside");
        File.WriteAllBytes(Path.Combine(outside.Path, "secret.jpg"), TestImages.Jpeg(99));
        File.CreateSymbolicLink(archive.Root + "/good/outside-link.jpg", Path.Combine(outside.Path, "secret.jpg"));
        Directory.CreateSymbolicLink(archive.Root + "/good/loop", archive.Root);

        var summary = await IngestAsync(archive.Root);

        var indexed = SearchAllPaths();
        Assert.All(good, g => Assert.Contains(g, indexed));
        Assert.DoesNotContain(indexed, p => p.Contains("secret") || p.Contains("outside-link"));
        var failed = summary.Failures.Select(f => f.Path).ToList();
        Assert.Equal(failed.Count, failed.Distinct().Count());
        Assert.All(failed, f => Assert.True(bad.Contains(f) || f.EndsWith("outside-link.jpg"), f));
        Assert.All(bad, b => Assert.True(failed.Contains(b) ^ indexed.Contains(b), $"{b}: reported {failed.Contains(b)}, indexed {indexed.Contains(b)}"));
        Assert.Contains(archive.Root + "/good/outside-link.jpg", failed);
        Assert.Contains(archive.Root + "/bad/zero.jpg", failed);
        Assert.DoesNotContain(Directory.EnumerateFiles(_dir.Combine("index", "thumbnails"), "*.jpg", SearchOption.AllDirectories),
            t => new FileInfo(t).Length > 1_000_000);
    }

    [SharedCorpusFact]
    public async Task TheSharedCorpus_IncludingItsMalformedFiles_IsIngestedWithoutACrash()
    {
        var copy = _dir.Combine("corpus");
        Directory.CreateDirectory(copy);
        foreach (var f in Directory.EnumerateFiles(TestPaths.SharedCorpusImages!))
            File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));
        var photos = Directory.EnumerateFiles(copy).Where(PhotoDesk.Ingest.Scanning.PhotoFileTypes.IsPhoto).ToList();

        var summary = await IngestAsync(copy);

        var indexed = SearchAllPaths();
        Assert.Equal(photos.Count, summary.Scanned);
        Assert.All(photos, p => Assert.True(indexed.Contains(p) ^ summary.Failures.Any(f => f.Path == p), p));
    }

    private HashSet<string> SearchAllPaths()
    {
        using var searcher = PhotoIndex.OpenSearcher(_dir.Combine("index"));
        return searcher.Search(new Core.Indexing.SearchRequest("*") { Limit = 10_000, Highlight = false }).Hits
            .Select(h => h.Entry.Path).ToHashSet(StringComparer.Ordinal);
    }
}
