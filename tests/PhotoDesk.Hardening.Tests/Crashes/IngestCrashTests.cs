using PhotoDesk.Hardening.Tests.Support;
using PhotoDesk.Index;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Hardening.Tests.Crashes;

/// <summary>
/// Ingest and the worker killed with SIGKILL at seeded random points: the index still opens and a rerun converges
/// to exactly what a clean run gives (same photos, paths, content hashes and key fields).
/// </summary>
public sealed class IngestCrashTests
{
    [Fact]
    public void Ingest_KilledAtRandomPoints_RerunConvergesToCleanRun()
    {
        using var temp = new TempDirectory("crash-ingest");
        var root = SampleArchive.CopyTo(temp.Combine("archive"));
        var clean = temp.Combine("clean-index");
        Assert.Equal(0, PhotoDeskProcess.Run("ingest", root, "--index", clean, "--no-thumbnails").ExitCode);
        var expected = IndexSnapshot.KeyFields(clean, root);

        var random = new Random(20251128);
        for (var i = 0; i < 3; i++)
        {
            var index = temp.Combine($"index-{i}");
            // a full run takes ~1.8 s here: most kills land mid-work
            var rerun = KillAndRerun.Round(index, TimeSpan.FromMilliseconds(random.Next(300, 1800)), "ingest", root, "--index", index);
            Assert.True(rerun.ExitCode == 0, $"iteration {i}: exit {rerun.ExitCode}\n{rerun.StdErr}");
            Assert.Equal(expected, IndexSnapshot.KeyFields(index, root));
        }
    }

    [Fact]
    public void Worker_KilledWhileIndexingDroppedPhotos_IngestRerunConvergesToCleanRun()
    {
        using var temp = new TempDirectory("crash-worker");
        var staging = SampleArchive.CopyTo(temp.Combine("staging"), take: 20);
        var root = temp.Combine("hot");
        Directory.CreateDirectory(root);
        var clean = temp.Combine("clean-index");
        Assert.Equal(0, PhotoDeskProcess.Run("ingest", staging, "--index", clean, "--no-thumbnails").ExitCode);
        var expected = IndexSnapshot.KeyFields(clean, staging);

        var random = new Random(7);
        var index = temp.Combine("index");
        using (var worker = PhotoDeskProcess.Start(["worker", "--watch", root, "--index", index]))
        {
            Thread.Sleep(1500); // the host starts and takes the index
            foreach (var dir in Directory.GetDirectories(staging, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                Directory.CreateDirectory(Path.Combine(root, Path.GetRelativePath(staging, dir)));
            foreach (var file in Directory.GetFiles(staging, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                File.Copy(file, Path.Combine(root, Path.GetRelativePath(staging, file)));
            Thread.Sleep(random.Next(200, 1500));
            PhotoDeskProcess.KillHard(worker);
        }
        if (PhotoIndex.Exists(index)) _ = IndexSnapshot.Entries(index);

        var rerun = PhotoDeskProcess.Run("ingest", root, "--index", index, "--no-thumbnails");
        Assert.True(rerun.ExitCode == 0, rerun.StdErr);
        Assert.Equal(expected, IndexSnapshot.KeyFields(index, root));
    }
}
