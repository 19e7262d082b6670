using System.Diagnostics;
using System.Text.Json;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Cli.Tests;

public class UndoCommandTests
{
    [Fact]
    public void Undo_UnknownBatch_FailsWithAClearMessage()
    {
        using var dir = new TempDirectory("undo");

        var r = CliRunner.Run("undo", "20250101-000000-0001", "--index", dir.Path);

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no batch 20250101-000000-0001", r.StdErr);
        Assert.DoesNotContain("   at ", r.StdErr);
    }

    [SampleArchiveFact]
    public void Undo_UnderALaterBatchOnTheSamePhoto_IsRefused_ThenWorksInOrder()
    {
        using var sample = new SampleArchiveCopy();
        var before = sample.Snapshot();
        var photo = sample.PathOf("ringo-ciu");
        string Batch(CliRunner.Result r) => JsonDocument.Parse(r.StdOut).RootElement.GetProperty("batch").GetString()!;
        var first = Batch(sample.Run("credits", "fix", "--from", "Ringo Ciu", "--to", "Ringo Chiu", "--json"));
        var second = Batch(sample.Run("tag", "add", "later", photo, "--json"));

        var refused = sample.Run("undo", first);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"undo {second} first", refused.StdErr);
        Assert.Equal(0, sample.Run("undo", second).ExitCode);
        Assert.Equal(0, sample.Run("undo", first).ExitCode);
        SampleArchiveCopy.AssertSameFiles(before, sample.Snapshot());
    }

    [SampleArchiveFact]
    public void TwoBatchesOnTheSamePhotos_AreSerialisedOrRefused_NeverInterleaved()
    {
        using var sample = new SampleArchiveCopy();
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { CliRunner.ProgramDll, "tag", "add", "first-batch", "--query", "*", "--index", sample.Index }) psi.ArgumentList.Add(a);
        psi.Environment["PHOTODESK_BATCH_STEP_DELAY_MS"] = "40";
        using var first = Process.Start(psi)!;
        var journal = Path.Combine(sample.Index, "journal");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !(Directory.Exists(journal) && Directory.EnumerateDirectories(journal).Any())) Thread.Sleep(20);

        var second = sample.Run("tag", "add", "second-batch", "--query", "*", "--json");
        first.WaitForExit();

        Assert.Equal(0, first.ExitCode);
        var history = JsonDocument.Parse(sample.Run("history", "--json").StdOut).RootElement.EnumerateArray().ToList();
        if (second.ExitCode == 0)
        {
            // Serialised: the second batch started after the first was applied.
            Assert.Equal(2, history.Count);
            var records = Directory.EnumerateDirectories(journal).Select(d => JsonDocument.Parse(File.ReadAllText(Path.Combine(d, "batch.json"))).RootElement.Clone())
                .OrderBy(r => r.GetProperty("time").GetDateTimeOffset()).ToList();
            Assert.True(records[1].GetProperty("time").GetDateTimeOffset() >= records[0].GetProperty("state_time").GetDateTimeOffset());
        }
        else
        {
            Assert.True(second.ExitCode == 1, $"exit {second.ExitCode}: {second.StdErr}");
            Assert.DoesNotContain("   at ", second.StdErr);
            Assert.Matches("another batch|in use by another PhotoDesk process", second.StdErr);
            Assert.Single(history);
        }
        Assert.All(history, h => Assert.Equal("applied", h.GetProperty("state").GetString()));
    }
}
