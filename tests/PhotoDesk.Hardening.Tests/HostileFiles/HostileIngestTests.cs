using System.Text.Json;
using PhotoDesk.Hardening.Tests.Support;
using Xunit;

namespace PhotoDesk.Hardening.Tests.HostileFiles;

/// <summary>Ingest (the real program) over good photos mixed with every hostile case: nothing crashes, hangs or leaks.</summary>
public sealed class HostileIngestTests : IClassFixture<HostileIngestTests.IngestedArchive>
{
    /// <summary>One ingest run shared by the assertions below (it is the expensive part).</summary>
    public sealed class IngestedArchive : IDisposable
    {
        public IngestedArchive()
        {
            Archive = new HostileArchive();
            IndexPath = Path.Combine(Path.GetDirectoryName(Archive.Root)!, "index");
            Result = PhotoDeskProcess.Run(["ingest", Archive.Root, "--index", IndexPath, "--json"], TimeSpan.FromMinutes(2));
        }

        public HostileArchive Archive { get; }
        public string IndexPath { get; }
        public PhotoDeskProcess.Result Result { get; }

        public void Dispose() => Archive.Dispose();
    }

    private readonly IngestedArchive _run;

    public HostileIngestTests(IngestedArchive run) => _run = run;

    private JsonElement Summary => JsonDocument.Parse(_run.Result.StdOut).RootElement;

    private IReadOnlyList<string> FailedPaths =>
        Summary.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToList();

    [Fact]
    public void Ingest_OverHostileMix_FinishesWithPartialFailureExitCode()
    {
        Assert.True(_run.Result.ExitCode == 3, $"exit {_run.Result.ExitCode}\n{_run.Result.StdErr}");
        Assert.DoesNotContain("Unhandled exception", _run.Result.StdErr);
    }

    [Fact]
    public void Ingest_OverHostileMix_IndexesEveryGoodPhoto()
    {
        var indexed = IndexSnapshot.Entries(_run.IndexPath).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var good in _run.Archive.GoodPhotos) Assert.Contains(good, indexed);
    }

    [Fact]
    public void Ingest_OverHostileMix_ReportsEveryNonPhotoOnceWithAReason()
    {
        var failures = Summary.GetProperty("failures").EnumerateArray().ToList();
        foreach (var bad in _run.Archive.MustFail)
        {
            var mine = failures.Where(f => f.GetProperty("path").GetString() == bad).ToList();
            Assert.True(mine.Count == 1, $"{bad} reported {mine.Count} times");
            Assert.False(string.IsNullOrWhiteSpace(mine[0].GetProperty("error").GetString()));
        }
        Assert.Equal(failures.Count, Summary.GetProperty("failed").GetInt32());
        Assert.Equal(FailedPaths.Count, FailedPaths.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Ingest_OverHostileMix_EveryHostilePhotoIsIndexedOrReportedExactlyOnce()
    {
        var indexed = IndexSnapshot.Entries(_run.IndexPath).Select(e => e.Path).ToList();
        var failed = FailedPaths;
        foreach (var file in _run.Archive.Hostile)
        {
            var times = indexed.Count(p => p == file) + failed.Count(p => p == file);
            Assert.True(times == 1, $"{file}: indexed {indexed.Count(p => p == file)}, failed {failed.Count(p => p == file)}");
        }
    }

    [Fact]
    public void Ingest_NeverReadsFilesOutsideTheRoot()
    {
        var entries = IndexSnapshot.Entries(_run.IndexPath);
        var root = _run.Archive.Root + Path.DirectorySeparatorChar;
        Assert.All(entries, e => Assert.StartsWith(root, e.Path, StringComparison.Ordinal));
        var all = string.Join("\n", entries.Select(e => JsonSerializer.Serialize(e)));
        Assert.DoesNotContain(_run.Archive.OutsideToken, all);
        Assert.DoesNotContain(_run.Archive.SecretToken, all);
        Assert.DoesNotContain(_run.Archive.SecretToken, _run.Result.StdOut + _run.Result.StdErr);
        Assert.DoesNotContain(_run.Archive.OutsideToken, _run.Result.StdOut + _run.Result.StdErr);
    }

    [Fact]
    public void Ingest_IndexFolderHoldsNoSecretOrOutsideContent()
    {
        foreach (var file in Directory.GetFiles(_run.IndexPath, "*", SearchOption.AllDirectories))
        {
            var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(file));
            Assert.DoesNotContain(_run.Archive.SecretToken, text);
            Assert.DoesNotContain(_run.Archive.OutsideToken, text);
        }
    }

    [Fact]
    public void Ingest_OverHostileMix_StaysUnderOneGigabyteOfMemory()
    {
        Assert.InRange(_run.Result.PeakRssKb, 1, 1024 * 1024);
    }

    [Fact]
    public void Ingest_KeepsLongCaptionAndAllKeywords()
    {
        var entries = IndexSnapshot.Entries(_run.IndexPath);
        var keywords = entries.Single(e => e.Path.EndsWith("5000-keywords.jpg", StringComparison.Ordinal));
        Assert.Equal(5000, keywords.Metadata.Keywords.Count);
        var caption = entries.Single(e => e.Path.EndsWith("60kb-caption.jpg", StringComparison.Ordinal));
        Assert.Equal(60_000, caption.Metadata.Description!.Length);
    }

    [Fact]
    public void Ingest_RerunOverHostileMix_ChangesNothingAndReportsTheSameFailures()
    {
        var again = PhotoDeskProcess.Run(["ingest", _run.Archive.Root, "--index", _run.IndexPath, "--json"], TimeSpan.FromMinutes(2));
        var summary = JsonDocument.Parse(again.StdOut).RootElement;
        Assert.Equal(0, summary.GetProperty("added").GetInt32());
        Assert.Equal(0, summary.GetProperty("updated").GetInt32());
        Assert.Equal(0, summary.GetProperty("removed").GetInt32());
    }
}
