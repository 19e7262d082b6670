using System.Text.Json;
using PhotoDesk.Hardening.Tests.HostileFiles;
using PhotoDesk.Hardening.Tests.Support;
using PhotoDesk.Metadata.Reading;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Hardening.Tests.Crashes;

/// <summary>
/// A batch credit fix (embedded, so the photos themselves are rewritten) and its undo killed with SIGKILL at seeded
/// random points. The credits engine's rule: an interrupted apply is rolled back, an interrupted undo is completed,
/// at the next batch command (history runs recovery too). After each kill: no pending batch, no photo half written
/// (every JPEG parses, pixels byte-identical), no stray files, and once undone every file is byte-identical.
/// </summary>
public sealed class CreditBatchCrashTests
{
    private static readonly string[] Fix = ["credits", "fix", "--from", "Getty Images", "--to", "Getty Pictures", "--target", "embedded", "--json"];

    [Fact]
    public void CreditFix_KilledAtRandomPoints_IsRolledBackOrCompletedAndLosesNothing()
    {
        using var temp = new TempDirectory("crash-fix");
        var root = SampleArchive.CopyTo(temp.Combine("archive"));
        var index = temp.Combine("index");
        Assert.Equal(0, PhotoDeskProcess.Run("ingest", root, "--index", index, "--no-thumbnails").ExitCode);
        var original = SampleArchive.Snapshot(root);

        var random = new Random(42);
        for (var i = 0; i < 3; i++)
        {
            using (var p = PhotoDeskProcess.Start([.. Fix, "--index", index]))
            {
                Thread.Sleep(random.Next(400, 1700)); // a full fix of 25 photos takes ~1.7 s here
                PhotoDeskProcess.KillHard(p);
            }
            var batches = History(index);
            Assert.DoesNotContain(batches, b => b.State is "pending" or "undoing");
            AssertNoPhotoHalfWritten(root, original);
            if (batches.FirstOrDefault() is { State: "applied" } applied)
            {
                var undo = PhotoDeskProcess.Run("undo", applied.Id, "--index", index);
                Assert.True(undo.ExitCode == 0, undo.StdErr);
            }
            AssertIdentical(original, SampleArchive.Snapshot(root));
        }
    }

    [Fact]
    public void Undo_KilledAtRandomPoints_IsCompletedAndRestoresEveryFileByteForByte()
    {
        using var temp = new TempDirectory("crash-undo");
        var root = SampleArchive.CopyTo(temp.Combine("archive"));
        var index = temp.Combine("index");
        Assert.Equal(0, PhotoDeskProcess.Run("ingest", root, "--index", index, "--no-thumbnails").ExitCode);
        var original = SampleArchive.Snapshot(root);

        var random = new Random(1234);
        for (var i = 0; i < 2; i++)
        {
            var fix = PhotoDeskProcess.Run([.. Fix, "--index", index]);
            Assert.True(fix.ExitCode == 0, fix.StdErr);
            var batch = JsonDocument.Parse(fix.StdOut).RootElement.GetProperty("batch").GetString()!;
            Assert.True(JsonDocument.Parse(fix.StdOut).RootElement.GetProperty("changed").GetInt32() > 0);
            Assert.NotEqual(original, SampleArchive.Snapshot(root), SnapshotComparer.Instance);

            using (var p = PhotoDeskProcess.Start(["undo", batch, "--index", index]))
            {
                Thread.Sleep(random.Next(300, 1500));
                PhotoDeskProcess.KillHard(p);
            }
            var state = History(index).Single(b => b.Id == batch).State;
            Assert.True(state is "undone" or "applied", $"batch {batch} left {state}");
            AssertNoPhotoHalfWritten(root, original);
            if (state == "applied")
            {
                var undo = PhotoDeskProcess.Run("undo", batch, "--index", index);
                Assert.True(undo.ExitCode == 0, undo.StdErr);
            }
            AssertIdentical(original, SampleArchive.Snapshot(root));
        }
    }

    private sealed record Batch(string Id, string State);

    private static IReadOnlyList<Batch> History(string index)
    {
        var history = PhotoDeskProcess.Run("history", "--index", index, "--json");
        Assert.True(history.ExitCode == 0, history.StdErr);
        return JsonDocument.Parse(history.StdOut).RootElement.EnumerateArray()
            .Select(b => new Batch(b.GetProperty("batch").GetString()!, b.GetProperty("state").GetString()!)).ToList();
    }

    /// <summary>Every photo parses and keeps its pixels; no new photo or temp file appeared beside them.</summary>
    private static void AssertNoPhotoHalfWritten(string root, IReadOnlyDictionary<string, byte[]> original)
    {
        var now = SampleArchive.Snapshot(root);
        foreach (var extra in now.Keys.Except(original.Keys))
            Assert.True(extra.EndsWith(".xmp", StringComparison.Ordinal), $"stray file {extra}");
        foreach (var (name, bytes) in original.Where(f => f.Key.EndsWith(".jpg", StringComparison.Ordinal)))
        {
            Assert.True(now.ContainsKey(name), $"{name} is gone");
            Assert.Equal(JpegBytes.Pixels(bytes), JpegBytes.Pixels(now[name]));
            _ = new PhotoMetadataReader().Read(Path.Combine(root, name));
        }
    }

    private static void AssertIdentical(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(actual[name]), $"{name} differs");
    }

    private sealed class SnapshotComparer : IEqualityComparer<IReadOnlyDictionary<string, byte[]>>
    {
        public static readonly SnapshotComparer Instance = new();

        public bool Equals(IReadOnlyDictionary<string, byte[]>? x, IReadOnlyDictionary<string, byte[]>? y) =>
            x!.Count == y!.Count && x.All(kv => y.TryGetValue(kv.Key, out var b) && kv.Value.AsSpan().SequenceEqual(b));

        public int GetHashCode(IReadOnlyDictionary<string, byte[]> obj) => obj.Count;
    }
}
