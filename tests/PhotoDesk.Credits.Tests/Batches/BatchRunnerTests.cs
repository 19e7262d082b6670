using PhotoDesk.Core.Captions;
using PhotoDesk.Core.Editing;
using PhotoDesk.Credits.Batches;
using PhotoDesk.Credits.Checks;
using PhotoDesk.Credits.Fixes;
using PhotoDesk.Credits.Journal;
using PhotoDesk.Credits.Tagging;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Credits.Tests.Batches;

public sealed class BatchRunnerTests : IDisposable
{
    private readonly TempDirectory _dir = new("batches");
    private readonly FakeMetadataFiles _files = new();
    private readonly RecordingReindexer _index = new();
    private readonly BatchJournal _journal;
    private readonly List<PhotoRef> _photos = [];

    public BatchRunnerTests()
    {
        _journal = new BatchJournal(_dir.Combine("index", "journal"));
        Directory.CreateDirectory(_dir.Combine("archive"));
        for (var i = 1; i <= 4; i++)
        {
            var path = _dir.Combine("archive", $"p{i}.jpg");
            var name = i == 4 ? "Ringo Chiu" : "Ringo Ciu";
            FakeMetadataFiles.CreatePhoto(path, name, $"Ringo Ciu's dog runs in Los Angeles. {name}/AFP/Getty Images", $"{name}/AFP/Getty Images");
            _photos.Add(new PhotoRef($"id{i}", path));
        }
        File.WriteAllText(_dir.Combine("archive", "p2.xmp"), "{\"keywords\":[\"protest\"]}"); // an existing sidecar
    }

    public void Dispose() => _dir.Dispose();

    private BatchRunner Runner(BatchRunnerOptions? options = null) => new(_journal, _files, _index, options);

    private BatchPlan FixPlan(WriteTarget target = WriteTarget.Sidecar) =>
        new CreditFixPlanner(_files, new CreditOnlyParser()).Plan(new CreditFixRequest("Ringo Ciu", "Ringo Chiu", Target: target), _photos);

    private Dictionary<string, byte[]?> Snapshot() =>
        Directory.EnumerateFiles(_dir.Combine("archive")).Concat(_photos.Select(p => Path.ChangeExtension(p.Path, ".xmp")))
            .Distinct().ToDictionary(f => f, f => File.Exists(f) ? File.ReadAllBytes(f) : null);

    private static void AssertSameFiles(Dictionary<string, byte[]?> expected, Dictionary<string, byte[]?> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (path, bytes) in expected) Assert.True(bytes is null ? actual[path] is null : actual[path] is { } a && a.SequenceEqual(bytes), path);
    }

    [Fact]
    public void Plan_ChangesOnlyTheCreditPartOfTheCaption_AndEveryCreditField()
    {
        var plan = FixPlan();

        Assert.Equal(3, plan.Photos.Count);
        var p1 = plan.Photos[0];
        Assert.Equal(["creators", "description", "credit_line"], p1.Changes.Select(c => c.Field));
        Assert.Equal("Ringo Ciu's dog runs in Los Angeles. Ringo Chiu/AFP/Getty Images", p1.Changes[1].After[0]);
        Assert.Equal("Ringo Chiu/AFP/Getty Images", p1.Changes[2].After[0]);
        Assert.Contains(plan.Skipped, s => s.Photo.Id == "id4" && s.Reason.StartsWith("nothing to change"));
    }

    [Fact]
    public void Apply_WritesJournalsAndReindexes_ThenUndoRestoresEveryFileByteForByte()
    {
        var before = Snapshot();
        var runner = Runner();

        var result = runner.Apply(FixPlan(), "photodesk credits fix --from 'Ringo Ciu' --to 'Ringo Chiu'");

        Assert.NotNull(result.BatchId);
        Assert.Equal(3, result.Changed.Count);
        Assert.Equal("Ringo Chiu", _files.Read(_photos[0].Path).Creators[0]);
        Assert.Equal(["id1", "id2", "id3"], _index.Calls.Single().Select(p => p.Id));
        var record = _journal.Find(result.BatchId!)!;
        Assert.Equal(BatchState.Applied, record.State);
        Assert.Equal(Environment.UserName, record.User);
        Assert.Equal("Ringo Ciu", record.Photos[0].Changes[0].Before[0]);

        var undone = runner.Undo(result.BatchId!);

        Assert.Equal(BatchState.Undone, undone.State);
        AssertSameFiles(before, Snapshot());
        Assert.Equal(2, _index.Calls.Count);
        Assert.Throws<BatchRefusedException>(() => runner.Undo(result.BatchId!));
    }

    [Fact]
    public void Apply_Embedded_BacksUpThePhotoItself_AndUndoRestoresIt()
    {
        var before = Snapshot();
        var runner = Runner();

        var result = runner.Apply(FixPlan(WriteTarget.Embedded), "fix");
        Assert.NotEqual(before[_photos[0].Path], File.ReadAllBytes(_photos[0].Path));
        runner.Undo(result.BatchId!);

        AssertSameFiles(before, Snapshot());
    }

    [Fact]
    public void Apply_APhotoThatCannotBeWritten_IsReportedAndTheRestApplied()
    {
        _files.FailFor = p => p.EndsWith("p2.jpg", StringComparison.Ordinal);
        var sidecarBefore = File.ReadAllBytes(_dir.Combine("archive", "p2.xmp"));

        var result = Runner().Apply(FixPlan(), "fix");

        Assert.Equal(["id1", "id3"], result.Changed.Select(p => p.Id));
        Assert.Contains(result.Skipped, s => s.Photo.Id == "id2" && s.Reason.Contains("disk says no"));
        Assert.Equal(sidecarBefore, File.ReadAllBytes(_dir.Combine("archive", "p2.xmp")));
    }

    [Fact]
    public void Apply_IndexFailure_RollsEveryFileBack()
    {
        var before = Snapshot();
        _index.Fail = true;

        Assert.Throws<InvalidOperationException>(() => Runner().Apply(FixPlan(), "fix"));

        AssertSameFiles(before, Snapshot());
        Assert.Equal(BatchState.RolledBack, Assert.Single(_journal.List()).State);
    }

    [Fact]
    public void Apply_PhotoChangedSincePreview_IsSkipped()
    {
        var plan = FixPlan();
        FakeMetadataFiles.CreatePhoto(_photos[0].Path, "Someone Else", "Other. Someone Else/AP", "AP");

        var result = Runner(new BatchRunnerOptions { Verifier = _files }).Apply(plan, "fix");

        Assert.Equal(["id2", "id3"], result.Changed.Select(p => p.Id));
        Assert.Contains(result.Skipped, s => s.Photo.Id == "id1" && s.Reason.Contains("changed since the preview"));
    }

    [Fact]
    public void Recover_APendingBatchLeftByACrash_IsRolledBackByteForByte()
    {
        var before = Snapshot();
        var plan = FixPlan();
        // What a process killed half way leaves: the journal written, some photos changed, state still pending.
        var header = new BatchRecord { Id = _journal.NewId(DateTimeOffset.UtcNow), Time = DateTimeOffset.UtcNow, Command = "fix" };
        var record = _journal.Begin(header, plan.Photos.Select(p => (p, EditFootprint.Files(p.Photo.Path, WriteTarget.Sidecar))).ToList(), CancellationToken.None);
        _files.Write(plan.Photos[0].Photo.Path, plan.Photos[0].Patch, WriteTarget.Sidecar);
        _files.Write(plan.Photos[1].Photo.Path, plan.Photos[1].Patch, WriteTarget.Sidecar);

        var report = Runner().Recover();

        Assert.Equal([record.Id], report.RolledBack);
        AssertSameFiles(before, Snapshot());
        Assert.Equal(BatchState.RolledBack, _journal.Find(record.Id)!.State);
        Assert.Equal(3, Assert.Single(_index.Calls).Count);
    }

    [Fact]
    public void Undo_InterruptedHalfWay_IsCompletedOnTheNextStart()
    {
        var before = Snapshot();
        var runner = Runner();
        var id = runner.Apply(FixPlan(), "fix").BatchId!;
        _journal.Save(_journal.Find(id)! with { State = BatchState.Undoing });

        var report = runner.Recover();

        Assert.Equal([id], report.UndoCompleted);
        AssertSameFiles(before, Snapshot());
    }

    [Fact]
    public void Undo_UnderALaterBatchOnTheSamePhotos_IsRefused()
    {
        var runner = Runner();
        var first = runner.Apply(FixPlan(), "fix").BatchId!;
        var second = runner.Apply(new TagPlanner(_files).Plan(TagOperation.Add, ["ice"], _photos), "tag").BatchId!;

        var e = Assert.Throws<BatchRefusedException>(() => runner.Undo(first));

        Assert.Contains($"undo {second} first", e.Message);
        runner.Undo(second);
        runner.Undo(first);
    }

    [Fact]
    public void Undo_FileEditedSinceTheBatch_IsRefusedWithoutForce()
    {
        var runner = Runner();
        var id = runner.Apply(FixPlan(), "fix").BatchId!;
        File.AppendAllText(Path.ChangeExtension(_photos[0].Path, ".xmp"), " ");

        var e = Assert.Throws<BatchRefusedException>(() => runner.Undo(id));
        Assert.Contains("--force", e.Message);

        Assert.Equal(BatchState.Undone, runner.Undo(id, force: true).State);
    }

    [Fact]
    public async Task Apply_WhileAnotherBatchHoldsTheLock_RefusesWithAClearMessage()
    {
        using var held = await Task.Run(() => BatchLock.Acquire(_journal.Directory, TimeSpan.Zero)); // another thread: not re-entrant
        var before = Snapshot();

        var e = Assert.Throws<BatchLockedException>(() => Runner().Apply(FixPlan(), "fix"));

        Assert.Contains("another batch", e.Message);
        AssertSameFiles(before, Snapshot());
    }

    [Fact]
    public async Task Apply_WaitsForARunningBatch_WhenAskedTo()
    {
        var held = await Task.Run(() => BatchLock.Acquire(_journal.Directory, TimeSpan.Zero));
        var release = Task.Run(async () => { await Task.Delay(300); held.Dispose(); });

        var result = Runner(new BatchRunnerOptions { LockWait = TimeSpan.FromSeconds(10) }).Apply(FixPlan(), "fix");

        await release;
        Assert.NotNull(result.BatchId);
    }

    [Fact]
    public void Lock_IsReentrantOnItsThread_SoACommandCanHoldItAroundTheRunner()
    {
        using var outer = BatchLock.Acquire(_journal.Directory, TimeSpan.Zero);

        var result = Runner().Apply(FixPlan(), "fix");

        Assert.NotNull(result.BatchId);
        Assert.Throws<BatchLockedException>(() => Task.Run(() => BatchLock.Acquire(_journal.Directory, TimeSpan.Zero)).GetAwaiter().GetResult());
    }

    [Fact]
    public void Tags_AddThenRemove_RoundTrip()
    {
        var runner = Runner();
        runner.Apply(new TagPlanner(_files).Plan(TagOperation.Add, ["ICE", "protest"], _photos), "tag add");

        Assert.Equal(["protest", "ICE"], _files.Read(_photos[1].Path).Keywords);
        Assert.Equal(["ICE", "protest"], _files.Read(_photos[0].Path).Keywords);

        runner.Apply(new TagPlanner(_files).Plan(TagOperation.Remove, ["ice"], _photos), "tag remove");
        Assert.Equal(["protest"], _files.Read(_photos[0].Path).Keywords);
    }

    [Fact]
    public void PlanMany_SeveralCorrectionsOnOnePhoto_BecomeOneConsistentChange()
    {
        var planner = new CreditFixPlanner(_files, new CreditOnlyParser());

        var plan = planner.PlanMany([
            (new CreditFixRequest("Ringo Ciu", "Ringo Chiu"), [_photos[0]]),
            (new CreditFixRequest("Getty Images", "Getty", CreditField.Agency), [_photos[0], _photos[3]]),
        ]);

        Assert.Equal(2, plan.Photos.Count);
        var first = plan.Photos[0].Changes.Single(c => c.Field == "credit_line");
        Assert.Equal("Ringo Chiu/AFP/Getty", first.After[0]);
        Assert.Equal(["Ringo Ciu"], plan.Photos[0].Changes.Single(c => c.Field == "creators").Before);
        Assert.DoesNotContain(plan.Photos[1].Changes, c => c.Field == "creators");
    }

    [Fact]
    public void Plan_CreditLineField_TouchesOnlyTheCreditLine()
    {
        var plan = new CreditFixPlanner(_files, new CreditOnlyParser())
            .Plan(new CreditFixRequest("Ringo Ciu", "Ringo Chiu", CreditField.CreditLine), [_photos[0]]);

        Assert.Equal(["credit_line"], Assert.Single(plan.Photos).Changes.Select(c => c.Field));
    }

    [Fact]
    public void History_ListsBatchesNewestFirst()
    {
        var runner = Runner();
        var a = runner.Apply(FixPlan(), "first").BatchId!;
        var b = runner.Apply(new TagPlanner(_files).Plan(TagOperation.Add, ["x"], _photos), "second").BatchId!;

        Assert.Equal([b, a], runner.History().Select(h => h.Id));
        Assert.Equal(b, runner.LastApplied()!.Id);
    }

    /// <summary>Finds the trailing "Name/Agency" credit, as the caption parser does for these captions.</summary>
    private sealed class CreditOnlyParser : ICaptionParser
    {
        public CaptionFacts Parse(string? caption, DateOnly referenceDate)
        {
            if (caption is null) return CaptionFacts.Empty;
            var start = caption.LastIndexOf(". ", StringComparison.Ordinal);
            return new CaptionFacts { Credit = start < 0 ? caption : caption[(start + 2)..] };
        }
    }
}
