using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace PhotoDesk.Cli.Tests;

public sealed class CreditsFixCommandTests : IDisposable
{
    private readonly Lazy<SampleArchiveCopy> _copy = new(() => new SampleArchiveCopy());

    private SampleArchiveCopy Sample => _copy.Value;

    public void Dispose()
    {
        if (_copy.IsValueCreated) _copy.Value.Dispose();
    }

    private long Hits(string query) => Sample.Search(query).Count;

    [SampleArchiveFact]
    public void DryRun_WritesNothing_ThenFixAndUndo_LeaveEveryFileByteIdentical_AndTheIndexAsItWas()
    {
        var before = Sample.Snapshot();
        Assert.Equal(1, Hits("by:\"Ringo Ciu\""));

        var dryRun = Sample.Run("credits", "fix", "--from", "Ringo Ciu", "--to", "Ringo Chiu", "--dry-run");

        Assert.True(dryRun.ExitCode == 0, dryRun.StdErr);
        Assert.Contains("1 photo(s) would change", dryRun.StdOut);
        Assert.Contains("old: Ringo Ciu", dryRun.StdOut);
        Assert.Contains("new: Ringo Chiu", dryRun.StdOut);
        SampleArchiveCopy.AssertSameFiles(before, Sample.Snapshot());

        var fix = Sample.Run("credits", "fix", "--from", "Ringo Ciu", "--to", "Ringo Chiu", "--json");

        Assert.True(fix.ExitCode == 0, fix.StdErr);
        var result = JsonDocument.Parse(fix.StdOut).RootElement;
        var batch = result.GetProperty("batch").GetString()!;
        Assert.Equal(1, result.GetProperty("changed").GetInt32());
        var changes = result.GetProperty("photos")[0].GetProperty("changes").EnumerateArray().ToList();
        Assert.Contains(changes, c => c.GetProperty("field").GetString() == "description"
                                      && c.GetProperty("after")[0].GetString()!.EndsWith("Ringo Chiu/AFP/Getty Images", StringComparison.Ordinal));
        Assert.Equal(0, Hits("by:\"Ringo Ciu\""));
        Assert.Equal(5, Hits("by:\"Ringo Chiu\""));
        var ringo = Sample.PathOf("ringo-ciu");
        Assert.Equal(before[Path.GetRelativePath(Sample.Archive, ringo)], File.ReadAllBytes(ringo)); // sidecar edit: the photo is untouched

        var history = Sample.Run("history", "--json");
        var entry = JsonDocument.Parse(history.StdOut).RootElement[0];
        Assert.Equal(batch, entry.GetProperty("batch").GetString());
        Assert.Equal(Environment.UserName, entry.GetProperty("user").GetString());
        Assert.Contains("--from", entry.GetProperty("command").GetString());
        Assert.Equal(1, entry.GetProperty("photos").GetInt32());

        var undo = Sample.Run("undo", batch);

        Assert.True(undo.ExitCode == 0, undo.StdErr);
        SampleArchiveCopy.AssertSameFiles(before, Sample.Snapshot());
        Assert.Equal(1, Hits("by:\"Ringo Ciu\""));
        Assert.Equal("undone", JsonDocument.Parse(Sample.Run("history", "--json").StdOut).RootElement[0].GetProperty("state").GetString());
    }

    [SampleArchiveFact]
    public void Fix_ClearsTheFixedPhotosFinding_AndUndo_BringsItBack()
    {
        Assert.Equal(0, Sample.Run("credits", "check").ExitCode);
        var ringo = Sample.PathOf("ringo-ciu");
        bool Flagged() => Sample.Search("finding:spelling-variant").Any(path => path == ringo);
        Assert.True(Flagged(), "credits check did not flag the misspelt credit");

        var fix = Sample.Run("credits", "fix", "--from", "Ringo Ciu", "--to", "Ringo Chiu", "--json");

        Assert.True(fix.ExitCode == 0, fix.StdErr);
        Assert.False(Flagged(), "the fixed photo still carries its spelling-variant finding");
        var batch = JsonDocument.Parse(fix.StdOut).RootElement.GetProperty("batch").GetString()!;

        Assert.Equal(0, Sample.Run("undo", batch).ExitCode);
        Assert.True(Flagged(), "the undone photo lost its spelling-variant finding");
    }

    [SampleArchiveFact]
    public void FixEmbedded_ThenUndo_RestoresThePhotoByteForByte()
    {
        var before = Sample.Snapshot();

        var fix = Sample.Run("credits", "fix", "--from", "Jae Hong", "--to", "Jae C. Hong", "--target", "embedded", "--json");

        Assert.True(fix.ExitCode == 0, fix.StdErr);
        var batch = JsonDocument.Parse(fix.StdOut).RootElement.GetProperty("batch").GetString()!;
        Assert.NotEqual(before, Sample.Snapshot(), new SnapshotComparer());
        Assert.Equal(0, Hits("by:\"Jae Hong\" -by:\"Jae C. Hong\""));

        Assert.Equal(0, Sample.Run("undo", batch).ExitCode);
        SampleArchiveCopy.AssertSameFiles(before, Sample.Snapshot());
    }

    [SampleArchiveFact]
    public void Accept_AppliesASpellingFinding_ByIdOrEveryFindingOfARule()
    {
        var byRule = Sample.Run("credits", "fix", "--accept", "spelling-variant", "--dry-run", "--json");
        Assert.True(byRule.ExitCode == 0, byRule.StdErr);
        var planned = JsonDocument.Parse(byRule.StdOut).RootElement;
        Assert.Equal(2, planned.GetProperty("changed").GetInt32());
        Assert.True(planned.GetProperty("dry_run").GetBoolean());

        var check = Sample.Run("credits", "check", "--json");
        var id = JsonDocument.Parse(check.StdOut).RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("found").GetString() == "Ringo Ciu").GetProperty("id").GetString()!;

        var r = Sample.Run("credits", "fix", "--accept", id);

        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Matches(@"batch \d{8}-\d{6}-\d{4}: changed 1 photo\(s\)", r.StdOut);
        Assert.Equal(0, Hits("by:\"Ringo Ciu\""));
    }

    [Fact]
    public void Fix_WithoutFromAndTo_IsAUsageError()
    {
        using var dir = new PhotoDesk.Testing.TempDirectory("fix-usage");

        var r = CliRunner.Run("credits", "fix", "--from", "Ringo Ciu", "--index", dir.Path);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--to", r.StdErr);
    }

    [SampleArchiveFact]
    public void Batch_KilledHalfWay_IsRolledBackOnTheNextStart()
    {
        var before = Sample.Snapshot();
        var journal = Path.Combine(Sample.Index, "journal");
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { CliRunner.ProgramDll, "tag", "add", "killed-batch", "--query", "*", "--index", Sample.Index }) psi.ArgumentList.Add(a);
        psi.Environment["PHOTODESK_BATCH_STEP_DELAY_MS"] = "150";
        using var child = Process.Start(psi)!;
        try
        {
            // Wait until the journal holds the batch and some photos have been written, then kill it (SIGKILL).
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !HalfWritten(before)) Thread.Sleep(50);
            Assert.True(HalfWritten(before), "the batch never started writing");
        }
        finally
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }
        Assert.NotEqual(before, Sample.Snapshot(), new SnapshotComparer());
        Assert.Single(Directory.EnumerateDirectories(journal));

        var history = Sample.Run("history", "--json");

        Assert.True(history.ExitCode == 0, history.StdErr);
        Assert.Contains("rolled back", history.StdErr);
        Assert.Equal("rolled-back", JsonDocument.Parse(history.StdOut).RootElement[0].GetProperty("state").GetString());
        SampleArchiveCopy.AssertSameFiles(before, Sample.Snapshot());
        Assert.Equal(0, Hits("tag:killed-batch"));
    }

    /// <summary>At least three sidecars written (read while the batch runs: a file may be mid-rename).</summary>
    private bool HalfWritten(Dictionary<string, byte[]> before)
    {
        var changed = 0;
        foreach (var file in Directory.EnumerateFiles(Sample.Archive, "*.xmp", SearchOption.AllDirectories))
        {
            var key = Path.GetRelativePath(Sample.Archive, file);
            if (Path.GetFileName(file).StartsWith('.')) continue;
            try
            {
                if (!before.TryGetValue(key, out var b) || !b.AsSpan().SequenceEqual(File.ReadAllBytes(file))) changed++;
            }
            catch (IOException)
            {
                // being replaced right now
            }
        }
        return changed >= 3;
    }

    private sealed class SnapshotComparer : IEqualityComparer<Dictionary<string, byte[]>>
    {
        public bool Equals(Dictionary<string, byte[]>? x, Dictionary<string, byte[]>? y) =>
            x is not null && y is not null && x.Count == y.Count && x.All(kv => y.TryGetValue(kv.Key, out var v) && v.AsSpan().SequenceEqual(kv.Value));

        public int GetHashCode(Dictionary<string, byte[]> obj) => obj.Count;
    }
}
