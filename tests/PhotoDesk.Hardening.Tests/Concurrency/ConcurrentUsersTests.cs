using System.Text.Json;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Credits.Checks;
using PhotoDesk.Credits.Desk;
using PhotoDesk.Credits.Tagging;
using PhotoDesk.Hardening.Tests.Support;
using PhotoDesk.Index;
using PhotoDesk.Metadata.Reading;
using PhotoDesk.Testing;
using PhotoDesk.Tui.Editing;
using Xunit;

namespace PhotoDesk.Hardening.Tests.Concurrency;

/// <summary>Several PhotoDesk users at once on one index: nothing lost, nothing corrupted, never interleaved.</summary>
public sealed class ConcurrentUsersTests
{
    private static bool WorkerHoldsIndex(string index) => File.Exists(Path.Combine(index, IndexWriteGuard.FileName))
        && IsLocked(index);

    private static bool IsLocked(string index)
    {
        try
        {
            using var w = PhotoIndex.OpenWriter(index, TimeSpan.Zero);
            return false;
        }
        catch (IndexLockedException)
        {
            return true;
        }
    }

    [Fact]
    public void DeskTagging_WhileWorkerHoldsTheIndex_LandsInFilesAndBecomesSearchable()
    {
        using var temp = new TempDirectory("conc-desk");
        var root = SampleArchive.CopyTo(temp.Combine("archive"), take: 8);
        var index = temp.Combine("index");
        Assert.Equal(0, PhotoDeskProcess.Run("ingest", root, "--index", index, "--no-thumbnails").ExitCode);
        var entries = IndexSnapshot.Entries(index);
        var targets = entries.Take(3).Select(e => new PhotoRef(e.Id, e.Path)).ToList();

        using var worker = PhotoDeskProcess.Start(["worker", "--watch", root, "--index", index, "--rescan-seconds", "2"]);
        try
        {
            Assert.True(Signals.WaitUntil(() => WorkerHoldsIndex(index), TimeSpan.FromSeconds(20)), "the worker never took the index");
            // New photos arrive while the desk edits.
            var extra = SampleArchive.CopyTo(temp.Combine("staging"), take: 12);
            foreach (var f in Directory.GetFiles(extra, "*.jpg", SearchOption.AllDirectories).Skip(8))
            {
                var to = Path.Combine(root, "incoming", Path.GetFileName(f));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(f, to);
            }

            // The TUI's path: DeskEditor with the guarded writer (the worker holds it, so re-indexing is left to it).
            var editor = new DeskEditor(index, DefaultCreditServices.Create(),
                path => PhotoIndex.OpenWriter(path, TimeSpan.FromMilliseconds(300)),
                WriteTarget.Sidecar, creditsFile: null);
            var outcome = editor.Apply(editor.PlanTags(TagOperation.Add, ["hardening-concurrent"], targets), "tag add hardening-concurrent");
            Assert.Equal(3, outcome.Changed);
            Assert.True(outcome.LeftToWorker, outcome.Summary);

            // The edit is in the files at once ...
            foreach (var t in targets)
                Assert.Contains("hardening-concurrent", new PhotoMetadataReader().Read(t.Path).Keywords);
            // ... and searchable once the worker has re-indexed them; the dropped photos too.
            Assert.True(Signals.WaitUntil(() => Count(index, "tag:hardening-concurrent") == 3 && Count(index, "*:*") == 12, TimeSpan.FromSeconds(30)),
                $"tagged {Count(index, "tag:hardening-concurrent")}, photos {Count(index, "*:*")}");
        }
        finally
        {
            Signals.Terminate(worker, TimeSpan.FromSeconds(10));
        }
    }

    [Fact]
    public void SecondIngest_WhileWorkerHoldsTheIndex_ExitsOneWithAMessageOrWaitsWithWait()
    {
        using var temp = new TempDirectory("conc-ingest");
        var root = SampleArchive.CopyTo(temp.Combine("archive"), take: 5);
        var index = temp.Combine("index");
        using var worker = PhotoDeskProcess.Start(["worker", "--watch", root, "--index", index]);
        using var waiting = new Ref();
        try
        {
            Assert.True(Signals.WaitUntil(() => WorkerHoldsIndex(index), TimeSpan.FromSeconds(20)), "the worker never took the index");

            var refused = PhotoDeskProcess.Run("ingest", root, "--index", index);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("in use", refused.StdErr + refused.StdOut, StringComparison.OrdinalIgnoreCase);

            waiting.Process = PhotoDeskProcess.Start(["ingest", root, "--index", index, "--wait", "--no-thumbnails"]);
            Thread.Sleep(1500);
            Assert.False(waiting.Process.HasExited, "ingest --wait did not wait for the worker");
        }
        finally
        {
            Signals.Terminate(worker, TimeSpan.FromSeconds(10));
        }
        Assert.True(waiting.Process!.WaitForExit(TimeSpan.FromSeconds(60)), "ingest --wait never got the index");
        Assert.Equal(0, waiting.Process.ExitCode);
        Assert.Equal(5, Count(index, "*:*"));
    }

    [Fact]
    public async Task TwoBatchFixes_OnTheSamePhotos_AreSerialisedOrRefusedNeverInterleaved()
    {
        using var temp = new TempDirectory("conc-fix");
        var root = SampleArchive.CopyTo(temp.Combine("archive"));
        var index = temp.Combine("index");
        Assert.Equal(0, PhotoDeskProcess.Run("ingest", root, "--index", index, "--no-thumbnails").ExitCode);
        var affected = IndexSnapshot.Entries(index).Where(e => JsonSerializer.Serialize(e.Metadata).Contains("Getty Images", StringComparison.Ordinal))
            .Select(e => e.Path).ToList();
        Assert.NotEmpty(affected);

        string[] Fix(string to) => ["credits", "fix", "--from", "Getty Images", "--to", to, "--target", "embedded", "--index", index, "--json"];
        var a = Task.Run(() => PhotoDeskProcess.Run(Fix("Getty Alpha")));
        var b = Task.Run(() => PhotoDeskProcess.Run(Fix("Getty Beta")));
        var results = await Task.WhenAll(a, b);

        foreach (var r in results)
        {
            Assert.True(r.ExitCode is 0 or 1, $"exit {r.ExitCode}: {r.StdErr}");
            if (r.ExitCode == 1) Assert.Contains("batch", r.StdErr, StringComparison.OrdinalIgnoreCase);
        }
        // Never interleaved: every affected photo carries the same winner, none the old text, none both.
        var texts = affected.Select(p => JsonSerializer.Serialize(new PhotoMetadataReader().Read(p))).ToList();
        Assert.All(texts, t => Assert.DoesNotContain("Getty Images", t));
        var alpha = texts.Count(t => t.Contains("Getty Alpha", StringComparison.Ordinal));
        var beta = texts.Count(t => t.Contains("Getty Beta", StringComparison.Ordinal));
        Assert.True((alpha == affected.Count && beta == 0) || (beta == affected.Count && alpha == 0), $"alpha {alpha}, beta {beta} of {affected.Count}");
        var history = PhotoDeskProcess.Run("history", "--index", index, "--json");
        Assert.DoesNotContain("\"pending\"", history.StdOut);
    }

    private static long Count(string index, string query)
    {
        using var searcher = PhotoIndex.OpenSearcher(index);
        return searcher.Search(new SearchRequest(query) { Limit = 1 }).Total;
    }

    private sealed class Ref : IDisposable
    {
        public System.Diagnostics.Process? Process { get; set; }

        public void Dispose()
        {
            if (Process is { HasExited: false }) PhotoDeskProcess.KillHard(Process);
            Process?.Dispose();
        }
    }
}
