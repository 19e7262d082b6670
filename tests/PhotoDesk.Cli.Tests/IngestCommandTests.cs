using System.Text.Json;
using PhotoDesk.Index;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Cli.Tests;

/// <summary>photodesk ingest end to end: the real program, reader, caption parser and Lucene index, on generated photos.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new("cli-ingest");
    private readonly IngestArchive _archive;
    private readonly string _index;

    public IngestCommandTests()
    {
        _archive = new IngestArchive(_dir.Combine("archive"));
        _index = _dir.Combine("index");
    }

    public void Dispose() => _dir.Dispose();

    private CliRunner.Result Ingest(params string[] extra) => CliRunner.Run(["ingest", _archive.Root, "--index", _index, "--json", .. extra]);

    private static (long Scanned, long Added, long Updated, long Unchanged, long Removed, long Failed) Counts(CliRunner.Result r)
    {
        var j = IngestArchive.Json(r);
        return (j.GetProperty("scanned").GetInt64(), j.GetProperty("added").GetInt64(), j.GetProperty("updated").GetInt64(),
            j.GetProperty("unchanged").GetInt64(), j.GetProperty("removed").GetInt64(), j.GetProperty("failed").GetInt64());
    }

    [Fact]
    public void Ingest_ThenSearch_FindsPhotosByPhotographer_FromCaptionAndFromEmbeddedCreator()
    {
        _archive.Standard();

        var r = Ingest();

        Assert.Equal(0, r.ExitCode);
        Assert.Equal((3, 3, 0, 0, 0, 0), Counts(r));
        Assert.Equal(["scanned", "added", "updated", "unchanged", "removed", "failed", "failures", "elapsed_ms"],
            IngestArchive.Json(r).EnumerateObject().Select(p => p.Name));
        var search = CliRunner.Run("search", "by:\"Jae C. Hong\"", "--index", _index, "--json");
        Assert.Equal(2, IngestArchive.Json(search).GetProperty("total").GetInt64());
        Assert.Single(IngestArchive.Search(_index, "by:\"Ringo Chiu\" AND agency:AFP"));
        Assert.Equal(2, IngestArchive.Search(_index, "city:Paramount").Count);
    }

    [Fact]
    public void SecondIngest_ChangesNothing_TouchUpdatesOne_DeleteRemoves_RenameKeepsIdentity()
    {
        _archive.Standard();
        Assert.Equal(0, Ingest().ExitCode);
        var before = IngestArchive.Search(_index, "*");

        Assert.Equal((3, 0, 0, 3, 0, 0), Counts(Ingest()));

        var plain = Path.Combine(_archive.Root, "2025", "06", "plain.jpg");
        File.SetLastWriteTimeUtc(plain, DateTime.UtcNow.AddMinutes(1));
        Assert.Equal((3, 0, 1, 2, 0, 0), Counts(Ingest()));

        var fire = Path.Combine(_archive.Root, "2025", "06", "fire.jpg");
        var renamed = Path.Combine(_archive.Root, "moved", "fire-renamed.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(renamed)!);
        File.Move(fire, renamed);
        File.Move(Path.ChangeExtension(fire, ".xmp"), Path.ChangeExtension(renamed, ".xmp"));
        File.Delete(Path.Combine(_archive.Root, "2025", "06", "protest.jpg"));
        Assert.Equal((2, 0, 1, 1, 1, 0), Counts(Ingest()));

        var after = IngestArchive.Search(_index, "*");
        Assert.Equal(before[fire], after[renamed]);
        Assert.Equal(2, after.Count);
        Assert.Single(IngestArchive.Search(_index, "firefighter"));
    }

    [Fact]
    public void ACorruptFile_IsReportedWithExitCode3_AndTheRestIsIndexed()
    {
        _archive.Standard();
        var bad = Path.Combine(_archive.Root, "broken.jpg");
        File.WriteAllText(bad, "not a photo at all");

        var r = Ingest();

        Assert.Equal(3, r.ExitCode);
        var failures = IngestArchive.Json(r).GetProperty("failures").EnumerateArray().ToList();
        Assert.Equal(bad, Assert.Single(failures).GetProperty("path").GetString());
        Assert.False(string.IsNullOrWhiteSpace(failures[0].GetProperty("error").GetString()));
        Assert.Equal(3, IngestArchive.Search(_index, "*").Count);

        // The same in text mode, with a file name carrying a terminal escape: it never reaches the terminal raw.
        File.WriteAllText(Path.Combine(_archive.Root, "evil\u001b]0;pwned\u0007.jpg"), "garbage");
        var text = CliRunner.Run("ingest", _archive.Root, "--index", _index);
        Assert.Equal(3, text.ExitCode);
        Assert.Contains("failed:", text.StdOut);
        Assert.DoesNotContain('\u001b', text.StdOut + text.StdErr);
    }

    [Fact]
    public void HiddenFoldersAreSkipped_AndASymlinkLoopIsSurvived()
    {
        _archive.Standard();
        _archive.Photo(".Trash/deleted.jpg", 9, "Gone (AP Photo/Someone Else)");
        Directory.CreateSymbolicLink(Path.Combine(_archive.Root, "2025", "06", "loop"), _archive.Root);

        var r = Ingest();

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(3, IngestArchive.Search(_index, "*").Count);
    }

    [Fact]
    public void ASecondIngest_WhileTheIndexIsHeld_RefusesWithExit1_OrWaitsWithWait()
    {
        _archive.Standard();
        Assert.Equal(0, Ingest().ExitCode);
        // Held as another PhotoDesk process holds it (a worker): the guard, then the Lucene writer.
        IDisposable? holder = PhotoDesk.Index.PhotoIndex.OpenWriter(_index, TimeSpan.Zero);
        try
        {
            var refused = Ingest();
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("in use by another PhotoDesk process", refused.StdErr);

            using var waiting = new BackgroundCli("ingest", _archive.Root, "--index", _index, "--json", "--wait");
            Assert.True(waiting.WaitForStdErr("waiting", TimeSpan.FromSeconds(30)), waiting.StdErr);
            Thread.Sleep(500);
            Assert.False(waiting.HasExited);
            holder.Dispose();
            holder = null;
            Assert.True(Eventually.True(() => waiting.HasExited, TimeSpan.FromSeconds(60)), waiting.StdErr);
            Assert.Equal(0, waiting.ExitCode);
        }
        finally
        {
            holder?.Dispose();
        }
    }

    [Fact]
    public void AnInterruptedAndAKilledIngest_FollowedByARerun_GiveTheSameIndexAsACleanRun()
    {
        for (var i = 0; i < 200; i++)
            _archive.Photo($"batch{i / 50}/p{i:D3}.jpg", 100 + i, $"Scene {i} in Paramount, Calif., on June {1 + i % 28}, 2025. (AP Photo/Photographer {i % 7})");

        // First interrupted politely (SIGTERM: commit, exit 130), then killed outright (SIGKILL), each once work is committed.
        using (var polite = new BackgroundCli("ingest", _archive.Root, "--index", _index, "--json", "--no-thumbnails"))
        {
            Eventually.True(() => polite.HasExited || (PhotoIndex.Exists(_index) && CountPhotos(_index) > 0), TimeSpan.FromSeconds(60));
            if (!polite.HasExited)
            {
                Assert.True(polite.Terminate(TimeSpan.FromSeconds(30)), "ingest did not stop on SIGTERM");
                Assert.Contains(polite.ExitCode, new[] { 0, 130 });
                if (polite.ExitCode == 130) Assert.Contains("interrupted", polite.StdErr);
            }
        }
        var afterTerm = CountPhotos(_index);
        using (var victim = new BackgroundCli("ingest", _archive.Root, "--index", _index, "--json", "--no-thumbnails"))
        {
            Eventually.True(() => victim.HasExited || CountPhotos(_index) > afterTerm, TimeSpan.FromSeconds(60));
            if (!victim.HasExited) victim.Kill();
        }
        Assert.Equal(0, Ingest("--no-thumbnails").ExitCode);
        var clean = _dir.Combine("clean-index");
        Assert.Equal(0, CliRunner.Run("ingest", _archive.Root, "--index", clean, "--json", "--no-thumbnails").ExitCode);

        var killedThenRerun = IngestArchive.Dump(_index);
        Assert.Equal(200, killedThenRerun.Count);
        Assert.Equal(IngestArchive.Dump(clean), killedThenRerun);
        Assert.Equal((200, 0, 0, 200, 0, 0), Counts(Ingest("--no-thumbnails")));
    }

    private static long CountPhotos(string index)
    {
        try
        {
            using var searcher = PhotoIndex.OpenSearcher(index);
            return searcher.GetStats().PhotoCount;
        }
        catch (Exception e) when (e is IOException or PhotoDesk.Core.Indexing.IndexUnavailableException)
        {
            return 0;
        }
    }

    [Fact]
    public void MissingPath_IsAUsageError()
    {
        var r = CliRunner.Run("ingest", _dir.Combine("nope"), "--index", _index);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no such file or folder", r.StdErr);
    }

    [Fact]
    public void AMisspeltOption_IsCalledAnUnknownOption_NotAMissingPath()
    {
        _archive.Standard();
        var r = CliRunner.Run("ingest", _archive.Root, "--no-thumbnail", "--index", _index);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown option --no-thumbnail (see 'photodesk ingest --help')", r.StdErr);
        Assert.False(Directory.Exists(_index)); // nothing was done
    }

    [Fact]
    public void Reindex_RebuildsFromTheRememberedFolders()
    {
        _archive.Standard();
        Assert.Equal(0, Ingest().ExitCode);
        var before = IngestArchive.Dump(_index);

        var r = CliRunner.Run("reindex", "--index", _index, "--json");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(3, IngestArchive.Json(r).GetProperty("updated").GetInt64());
        Assert.Equal(before, IngestArchive.Dump(_index));
    }

    [Fact]
    public void AnIndexOfAnotherFormat_IsRebuiltByReindex_WhichSaysItIsRebuilding_WhileIngestSaysToRunReindex()
    {
        _archive.Standard();
        Assert.Equal(0, Ingest().ExitCode);
        IngestArchive.MarkAsFormat(_index, "0");

        var search = CliRunner.Run("search", "*", "--index", _index);
        Assert.Equal(1, search.ExitCode);
        Assert.Contains("photodesk reindex", search.StdErr);

        var reindex = CliRunner.Run("reindex", "--index", _index, "--json");
        Assert.Equal(0, reindex.ExitCode);
        Assert.Contains("it was cleared; rebuilding it now", reindex.StdErr);
        Assert.DoesNotContain("run 'photodesk reindex'", reindex.StdErr);
        Assert.Equal(3, IngestArchive.Search(_index, "*").Count);

        IngestArchive.MarkAsFormat(_index, "0");
        var ingest = Ingest();
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("it was cleared; run 'photodesk reindex' to fill it again", ingest.StdErr);
    }

    [Fact]
    public void Thumbnails_AreStoredByContentHashUnderTheIndex_AndNoThumbnailsSkipsThem()
    {
        _archive.Standard();
        Assert.Equal(0, Ingest().ExitCode);
        Assert.Equal(3, Directory.EnumerateFiles(Path.Combine(_index, "thumbnails"), "*.jpg", SearchOption.AllDirectories).Count());

        var other = _dir.Combine("index2");
        Assert.Equal(0, CliRunner.Run("ingest", _archive.Root, "--index", other, "--no-thumbnails").ExitCode);
        Assert.False(Directory.Exists(Path.Combine(other, "thumbnails")));
    }
}
