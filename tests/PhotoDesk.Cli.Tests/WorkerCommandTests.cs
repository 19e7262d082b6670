using System.Text.RegularExpressions;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Cli.Tests;

/// <summary>The real worker process: hot folder in, searchable photo out; clean stop on SIGTERM; holds the index.</summary>
public sealed class WorkerCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new("cli-worker");

    public void Dispose() => _dir.Dispose();

    /// <summary>The worker on <paramref name="hot"/>, rescanning every second and logging at debug level.</summary>
    private static BackgroundCli StartRescanningEverySecondWithDebugLog(IngestArchive hot, string index) =>
        new(new Dictionary<string, string> { ["PHOTODESK__Logging__LogLevel__Default"] = "Debug" },
            "worker", "--watch", hot.Root, "--index", index, "--rescan-seconds", "1", "--no-thumbnails");

    private static void AssertStopsCleanlyOnSigterm(BackgroundCli worker)
    {
        Assert.True(worker.Terminate(TimeSpan.FromSeconds(30)), "worker did not stop on SIGTERM");
        Assert.Equal(0, worker.ExitCode);
    }

    [Fact]
    public void APhotoDroppedIntoAWatchedFolder_IsSearchableWithinSeconds_AndSigtermStopsCleanly()
    {
        var hot = new IngestArchive(_dir.Combine("hot"));
        hot.Photo("early.jpg", 1, "Before the worker started (AP Photo/Early Bird)");
        var index = _dir.Combine("index");
        using var worker = new BackgroundCli("worker", "--watch", hot.Root, "--index", index, "--rescan-seconds", "600", "--no-thumbnails");
        Assert.True(worker.WaitForStdErr("worker ready", TimeSpan.FromSeconds(60)), worker.StdErr);
        Assert.True(Eventually.True(() => Found(index, "by:\"Early Bird\""), TimeSpan.FromSeconds(30)), "catch-up pass: " + worker.StdErr);

        // Written elsewhere, then moved in (as wire feeds deliver), and one copied in place.
        var staging = new IngestArchive(_dir.Combine("staging"));
        var staged = staging.Photo("wire.jpg", 2, "Arrived by wire (AP Photo/Dana Reyes)");
        Directory.CreateDirectory(Path.Combine(hot.Root, "incoming"));
        File.Move(Path.ChangeExtension(staged, ".xmp"), Path.Combine(hot.Root, "incoming", "wire.xmp"));
        File.Move(staged, Path.Combine(hot.Root, "incoming", "wire.jpg"));
        hot.Photo("incoming/copied.jpg", 3, "Copied in (Photo by Copy Maker/AFP via Getty Images)");

        Assert.True(Eventually.True(() => Found(index, "by:\"Dana Reyes\"") && Found(index, "by:\"Copy Maker\""), TimeSpan.FromSeconds(15)),
            "dropped photos not indexed: " + worker.StdErr);

        // While the worker runs it owns the index: a one-shot ingest is refused with a clear message.
        var refused = CliRunner.Run("ingest", hot.Root, "--index", index);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("in use by another PhotoDesk process", refused.StdErr);

        AssertStopsCleanlyOnSigterm(worker);
        Assert.Contains("index committed", worker.StdErr);
        Assert.Equal(3, IngestArchive.Search(index, "*").Count);
    }

    [Fact]
    public void ARescanThatFindsNothingNew_IsLoggedAtDebugLevel_WithItsDuration()
    {
        var hot = new IngestArchive(_dir.Combine("hot"));
        hot.Photo("a.jpg", 1, "Already there (AP Photo/Early Bird)");
        hot.Photo("b/c.jpg", 2, "Also there (AP Photo/Early Bird)");
        var index = _dir.Combine("index");
        using var worker = StartRescanningEverySecondWithDebugLog(hot, index);

        // The catch-up pass adds both photos (logged as news); the rescans after it find them unchanged.
        Assert.True(worker.WaitForStdErr("nothing changed (2 photos) in", TimeSpan.FromSeconds(60)), worker.StdErr);
        Assert.Matches(@"Rescan of 1 folders: 2 added, 0 updated, 0 removed, 0 failed in \d+ ms", worker.StdErr);
        Assert.Matches(@"Rescan of 1 folders: nothing changed \(2 photos\) in \d+ ms", worker.StdErr);
        AssertStopsCleanlyOnSigterm(worker);
    }

    [Fact]
    public void AFileThatCannotBeRead_IsNamedOnce_AndLaterRescansOnlyCountItAtDebugLevel()
    {
        var hot = new IngestArchive(_dir.Combine("hot"));
        hot.Photo("a.jpg", 1, "Already there (AP Photo/Early Bird)");
        var broken = Path.Combine(hot.Root, "broken.jpg");
        File.WriteAllText(broken, "not a photo at all");
        var index = _dir.Combine("index");
        using var worker = StartRescanningEverySecondWithDebugLog(hot, index);

        // The catch-up pass names the file; the rescans after it (two at least) count it without naming it again.
        Assert.True(worker.WaitForStdErr("1 still failing", TimeSpan.FromSeconds(60)), worker.StdErr);
        Assert.True(worker.WaitForStdErr("nothing new (1 photos unchanged, 1 still failing)", TimeSpan.FromSeconds(30)), worker.StdErr);
        Assert.True(SpinWait.SpinUntil(() => Regex.Matches(worker.StdErr, "still failing").Count >= 2, TimeSpan.FromSeconds(30)), worker.StdErr);
        Assert.Single(Regex.Matches(worker.StdErr, "Could not index " + Regex.Escape(broken) + ": "));
        Assert.Single(Regex.Matches(worker.StdErr, @"Rescan of 1 folders: 1 added, 0 updated, 0 removed, 1 failed in \d+ ms"));
        Assert.Matches(@"Rescan of 1 folders: nothing new \(1 photos unchanged, 1 still failing\) in \d+ ms", worker.StdErr);
        AssertStopsCleanlyOnSigterm(worker);
    }

    [Fact]
    public void AnIndexOfAnotherFormat_IsClearedWithAWarning_AndRefilledFromTheWatchedFolders()
    {
        var hot = new IngestArchive(_dir.Combine("hot"));
        hot.Photo("a.jpg", 1, "Already there (AP Photo/Early Bird)");
        var index = _dir.Combine("index");
        Assert.Equal(0, CliRunner.Run("ingest", hot.Root, "--index", index).ExitCode);
        IngestArchive.MarkAsFormat(index, "0");

        using var worker = new BackgroundCli("worker", "--watch", hot.Root, "--index", index, "--rescan-seconds", "600", "--no-thumbnails");
        Assert.True(worker.WaitForStdErr("worker ready", TimeSpan.FromSeconds(60)), worker.StdErr);
        Assert.Contains("warn: ", worker.StdErr);
        Assert.Contains("it was cleared; the first rescan fills it again from the watched folders", worker.StdErr);
        Assert.True(Eventually.True(() => Found(index, "by:\"Early Bird\""), TimeSpan.FromSeconds(30)), worker.StdErr);
        Assert.True(worker.Terminate(TimeSpan.FromSeconds(30)), "worker did not stop on SIGTERM");
    }

    [Fact]
    public void AMisspeltOption_IsNamedAsAnUnknownOption_NotAsAMissingFolder()
    {
        var hot = new IngestArchive(_dir.Combine("hot"));
        hot.Photo("a.jpg", 1, "Already there (AP Photo/Early Bird)");

        var r = CliRunner.Run("worker", "--watch", hot.Root, "--rescan-secs", "2");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown option --rescan-secs (see 'photodesk worker --help')", r.StdErr);
        Assert.DoesNotContain("no such folder", r.StdErr);
    }

    [Fact]
    public void WithoutAFolderToWatch_ItIsAUsageError()
    {
        var r = CliRunner.Run(["worker", "--index", _dir.Combine("index")], workingDirectory: _dir.Path);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no folder to watch", r.StdErr);
    }

    private static bool Found(string index, string query)
    {
        try { return IngestArchive.Search(index, query).Count > 0; }
        catch (Exception e) when (e is IOException or PhotoDesk.Core.Indexing.IndexUnavailableException) { return false; }
    }
}
