using PhotoDesk.Metadata.Writing;
using PhotoDesk.SampleArchive;
using PhotoDesk.SampleArchive.Planning;
using PhotoDesk.SampleArchive.Writing;
using PhotoDesk.Testing;
using Xunit;
using static PhotoDesk.Metadata.Tests.SampleArchive.SampleArchiveFiles;

namespace PhotoDesk.Metadata.Tests.SampleArchive;

/// <summary>The generator rebuilds the committed archive byte for byte (a handful of photos, one of each kind, to stay fast).</summary>
public class SampleArchiveRebuildTests
{
    // One photo per storage variant and per oddity: long caption (1), XMP only (2), caption text file and no
    // caption date (3), photo.xmp (5), clock never set (12), photo.jpg.xmp (13), no EXIF (9), clock on UTC (29),
    // credit longer than IIM allows (34), published credit error (44), month-only date (49).
    private static readonly IReadOnlySet<int> Handful = new HashSet<int> { 1, 2, 3, 5, 9, 12, 13, 29, 34, 44, 49 };

    private static SampleArchiveReport Rebuild(string folder) =>
        new SampleArchiveBuilder(new SamplePhotoWriter(new MetadataWriter(), new MetadataWriter(new JpegWriteOptions { WriteIptc = false })))
            .Build(folder, SeedGalleryPath, Handful);

    [Fact]
    public void Rebuild_ReproducesTheCommittedFilesByteForByte()
    {
        using var temp = new TempDirectory("sample-rebuild");

        var report = Rebuild(temp.Path);

        Assert.Equal(Handful.Count, report.Files.Count(f => f.EndsWith(".jpg", StringComparison.Ordinal)));
        foreach (var file in report.Files.Append(temp.Combine("README.md")).Append(temp.Combine("seed-gallery.jsonl")))
        {
            var committed = Path.Combine(Root, Path.GetRelativePath(temp.Path, file));
            Assert.True(File.ReadAllBytes(committed).AsSpan().SequenceEqual(File.ReadAllBytes(file)), $"{committed} differs from a rebuild");
        }
    }

    [Fact]
    public void Rebuild_SetsFileTimesToThePhotosDate()
    {
        using var temp = new TempDirectory("sample-rebuild-times");

        var report = Rebuild(temp.Path);

        foreach (var plan in report.Plans.Where(p => Handful.Contains(p.Number)))
        {
            var photo = Path.Combine(temp.Path, plan.RelativePath);
            Assert.Equal(plan.FileTime, File.GetLastWriteTimeUtc(photo));
            if (plan.Variant.SidecarPath(photo) is { } sidecar) Assert.Equal(plan.FileTime, File.GetLastWriteTimeUtc(sidecar));
        }
    }

    [Fact]
    public void Rebuild_IntoAnEarlierBuild_RemovesItsGalleryFilesFirst()
    {
        using var temp = new TempDirectory("sample-rebuild-twice");
        var stale = temp.Combine("2025", "06", "14", "gallery-99-stale.jpg.xmp");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, "not xmp");
        var unrelated = temp.Combine("notes.md");
        File.WriteAllText(unrelated, "kept");

        var first = Rebuild(temp.Path);
        var second = Rebuild(temp.Path);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(unrelated));
        Assert.Equal(first.Files, second.Files);
    }
}
