using PhotoDesk.Ingest.Scanning;
using PhotoDesk.Ingest.Tests.Support;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Ingest.Tests.Scanning;

public class ArchiveWalkerTests
{
    private static List<PhotoCandidate> Walk(string root, out WalkReport report)
    {
        report = new WalkReport();
        return new ArchiveWalker().Walk(root, report).ToList();
    }

    [Fact]
    public void Walk_FindsPhotosRecursively_WithTheirSidecars_InNameOrder()
    {
        using var dir = new TempDirectory("walk");
        var archive = new Archive(dir.Path);
        var b = archive.Photo("2025/b.jpg", 1, caption: "B");
        var a = archive.Photo("2025/a.JPG", 2, caption: "A", creators: "X");
        archive.Bytes("2025/c.jpg.xmp", [1]); // sidecar of c.jpg
        var c = archive.Bytes("2025/c.jpg", TestImages.Jpeg(3));
        archive.Bytes("notes.md", [1, 2, 3]);
        archive.Bytes("orphan.txt", [1]);

        var found = Walk(dir.Path, out var report);

        Assert.Equal([a, b, c], found.Select(f => f.Path));
        Assert.Equal(2, found[0].Sidecars.Count);
        Assert.Single(found[2].Sidecars);
        Assert.Empty(report.Failures);
    }

    [Fact]
    public void Walk_StampCoversSidecars_SoASidecarEditChangesIt()
    {
        using var dir = new TempDirectory("walk");
        var archive = new Archive(dir.Path);
        var photo = archive.Photo("p.jpg", 1, caption: "old");
        var before = Walk(dir.Path, out _).Single();

        File.WriteAllText(Path.Combine(dir.Path, "p.txt"), "a longer caption");
        File.SetLastWriteTimeUtc(Path.Combine(dir.Path, "p.txt"), File.GetLastWriteTimeUtc(photo).AddSeconds(10));
        var after = Walk(dir.Path, out _).Single();

        Assert.NotEqual(before.StampSize, after.StampSize);
        Assert.True(after.Modified > before.Modified);
    }

    [Fact]
    public void Walk_SkipsHiddenFoldersAndFiles()
    {
        using var dir = new TempDirectory("walk");
        var archive = new Archive(dir.Path);
        var visible = archive.Photo("visible.jpg", 1);
        archive.Photo(".trash/gone.jpg", 2);
        archive.Photo("x/.thumbs/t.jpg", 3);
        archive.Photo("._visible.jpg", 4);

        Assert.Equal([visible], Walk(dir.Path, out _).Select(f => f.Path));
    }

    [Fact]
    public void Walk_SurvivesASymlinkLoop_AndVisitsEachFolderOnce()
    {
        using var dir = new TempDirectory("walk");
        var archive = new Archive(dir.Path);
        var photo = archive.Photo("a/b/p.jpg", 1);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "a", "b", "loop"), Path.Combine(dir.Path, "a"));
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "self"), dir.Path);

        var found = Walk(dir.Path, out var report);

        Assert.Equal([photo], found.Select(f => f.Path));
        Assert.Empty(report.Failures);
    }

    [Fact]
    public void Walk_NeverFollowsALinkOutOfTheRoot_AndReportsIt()
    {
        using var outside = new TempDirectory("outside");
        new Archive(outside.Path).Photo("secret.jpg", 9);
        using var dir = new TempDirectory("walk");
        var inside = new Archive(dir.Path).Photo("in.jpg", 1);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "out-dir"), outside.Path);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "out-file.jpg"), Path.Combine(outside.Path, "secret.jpg"));

        var found = Walk(dir.Path, out var report);

        Assert.Equal([inside], found.Select(f => f.Path));
        Assert.Equal(2, report.Failures.Count);
        Assert.All(report.Failures, f => Assert.Contains("outside the archive", f.Error));
    }

    [Fact]
    public void Walk_OfAMissingFolder_MarksItIncomplete_SoNothingUnderItIsTakenForDeleted()
    {
        var report = new WalkReport();
        var found = new ArchiveWalker().Walk("/nonexistent/photodesk/archive", report).ToList();
        Assert.Empty(found);
        Assert.Single(report.IncompleteDirectories);
    }

    [Fact]
    public void Walk_HandlesOddFileNamesAndDeepNesting()
    {
        using var dir = new TempDirectory("walk");
        var archive = new Archive(dir.Path);
        var deep = string.Join('/', Enumerable.Range(0, 60).Select(i => "d" + i));
        var names = new[] { "-leading dash.jpg", "new\nline.jpg", "Zürich 東京.jpg", deep + "/deep.jpg" };
        foreach (var (n, i) in names.Select((n, i) => (n, i))) archive.Photo(n, i);

        Assert.Equal(names.Length, Walk(dir.Path, out _).Count);
    }
}
