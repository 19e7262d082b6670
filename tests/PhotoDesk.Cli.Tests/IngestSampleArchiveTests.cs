using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Cli.Tests;

/// <summary>Ingest and demo on the repository's archive-sample/ (49 photos; file names carry the photographer).</summary>
public sealed class IngestSampleArchiveTests : IDisposable
{
    private readonly TempDirectory _dir = new("cli-sample");

    public void Dispose() => _dir.Dispose();

    private static int FilesNamed(string part) =>
        Directory.EnumerateFiles(TestPaths.ArchiveSample, "*.jpg", SearchOption.AllDirectories).Count(f => Path.GetFileName(f).Contains(part));

    [Fact]
    public void IngestingTheSample_IndexesEveryPhoto_FindsEachPhotographer_AndASecondRunChangesNothing()
    {
        var index = _dir.Combine("index");
        var photos = Directory.EnumerateFiles(TestPaths.ArchiveSample, "*.jpg", SearchOption.AllDirectories).Count();

        var first = CliRunner.Run("ingest", TestPaths.ArchiveSample, "--index", index, "--json", "--no-thumbnails");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(photos, IngestArchive.Json(first).GetProperty("added").GetInt32());
        // "Jae C. Hong" by caption or by-line; photo 48 is credited "Jae Hong" in the seed (a credit error kept on purpose).
        Assert.Equal(FilesNamed("-jae-c-hong"), IngestArchive.Search(index, "by:\"Jae C. Hong\"").Count);
        Assert.NotEmpty(IngestArchive.Search(index, "city:Paramount"));
        // Two captions say only "on Sunday" / "June 9" and their files carry no date: their reference day is the
        // file's modification time (a clone's checkout time), so only the dated majority is asserted here.
        Assert.InRange(IngestArchive.Search(index, "date:[2025-01-01 TO 2025-12-31]").Count, photos - 2, photos);

        var second = IngestArchive.Json(CliRunner.Run("ingest", TestPaths.ArchiveSample, "--index", index, "--json", "--no-thumbnails"));
        Assert.Equal((photos, 0), (second.GetProperty("unchanged").GetInt32(), second.GetProperty("added").GetInt32() + second.GetProperty("updated").GetInt32()));
    }

    [Fact]
    public void Demo_IngestsTheSample_AndShowsASampleSearch()
    {
        var index = _dir.Combine("demo-index");

        var r = CliRunner.Run("demo", "--index", index);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("by:\"Jae C. Hong\"", r.StdOut);
        Assert.Contains($"{FilesNamed("-jae-c-hong")} photos", r.StdOut);
        Assert.Contains("gallery-08-jae-c-hong.jpg", r.StdOut);
    }
}
