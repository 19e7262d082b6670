using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Credits.Checks;
using PhotoDesk.Credits.Journal;

namespace PhotoDesk.Credits.Batches;

/// <summary>
/// Applies and undoes batches safely. Apply: take the index's batch lock, recover any interrupted batch, journal every
/// photo's before/after values and a byte-exact copy of every file that may change (pending), write through the
/// metadata writer, re-index, mark applied. Rule for an interrupted batch: a pending batch (apply) is rolled back;
/// an undoing batch is completed. Both happen at the start of the next batch operation (or <see cref="Recover"/>).
/// </summary>
public sealed class BatchRunner(BatchJournal journal, IMetadataWriter writer, IPhotoReindexer reindexer, BatchRunnerOptions? options = null)
{
    private readonly BatchRunnerOptions _options = options ?? new BatchRunnerOptions();

    public BatchJournal Journal => journal;

    public BatchResult Apply(BatchPlan plan, string command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        using var _ = BatchLock.Acquire(journal.Directory, _options.LockWait, cancellationToken);
        var recovery = RecoverLocked(cancellationToken);
        var skipped = plan.Skipped.ToList();
        var photos = Verify(plan, skipped, cancellationToken);
        if (photos.Count == 0) return new BatchResult(null, [], skipped, recovery);

        var now = _options.Clock.GetUtcNow();
        var header = new BatchRecord
        {
            Id = journal.NewId(now), Time = now, User = _options.User, Command = command, Kind = plan.Kind,
            Description = plan.Description, Target = plan.Target == WriteTarget.Embedded ? "embedded" : "sidecar",
            ProcessId = Environment.ProcessId,
        };
        var record = journal.Begin(header, photos.Select(p => (p, EditFootprint.Files(p.Photo.Path, plan.Target))).ToList(), cancellationToken);
        try
        {
            record = WriteAll(record, photos, plan.Target, cancellationToken);
            var changed = record.Photos.Where(p => p.Error is null).ToList();
            reindexer.Reindex(changed.Select(p => new PhotoRef(p.Id, p.Path)).ToList(), cancellationToken);
            record = BatchJournal.WithHashesAfter(record) with { State = BatchState.Applied, StateTime = _options.Clock.GetUtcNow() };
            journal.Save(record);
            skipped.AddRange(record.Photos.Where(p => p.Error is not null).Select(p => new SkippedPhoto(new PhotoRef(p.Id, p.Path), p.Error!, IsFailure: true)));
            return new BatchResult(record.Id, changed, skipped, recovery);
        }
        catch (Exception)
        {
            // Cancelled, or the index could not take the changes: put every file back so files and index agree.
            RollBack(record);
            throw;
        }
    }

    /// <summary>Restores every file of an applied batch byte for byte and re-indexes its photos.</summary>
    /// <exception cref="BatchRefusedException">Unknown batch, already undone, a later batch changed the same files, or files changed since (without <paramref name="force"/>).</exception>
    public BatchRecord Undo(string batchId, bool force = false, CancellationToken cancellationToken = default)
    {
        using var _ = BatchLock.Acquire(journal.Directory, _options.LockWait, cancellationToken);
        RecoverLocked(cancellationToken);
        var record = journal.Find(batchId) ?? throw new BatchRefusedException($"no batch {batchId} in the journal (see photodesk history)");
        if (record.State == BatchState.Undone) throw new BatchRefusedException($"batch {batchId} is already undone");
        if (record.State == BatchState.RolledBack) throw new BatchRefusedException($"batch {batchId} was interrupted and rolled back; there is nothing to undo");
        var files = record.FilePaths.ToHashSet(StringComparer.Ordinal);
        var later = journal.List().SkipWhile(r => r.Id != record.Id).Skip(1)
            .Where(r => r.State == BatchState.Applied && r.FilePaths.Any(files.Contains)).ToList();
        if (later.Count > 0)
            throw new BatchRefusedException($"batch {later[^1].Id} changed the same photos after {batchId}; undo {string.Join(", then ", later.AsEnumerable().Reverse().Select(r => r.Id))} first");
        var changed = BatchJournal.ChangedSince(record);
        if (changed.Count > 0 && !force)
            throw new BatchRefusedException($"{changed.Count} file(s) changed since batch {batchId} (first: {changed[0]}); undo would discard those changes. Use --force to undo anyway");

        record = record with { State = BatchState.Undoing, StateTime = _options.Clock.GetUtcNow() };
        journal.Save(record);
        journal.RestoreFiles(record, CancellationToken.None);
        reindexer.Reindex(PhotosOf(record), CancellationToken.None);
        record = record with { State = BatchState.Undone, StateTime = _options.Clock.GetUtcNow() };
        journal.Save(record);
        return record;
    }

    /// <summary>The most recent applied batch (what "undo the last batch" undoes), or null.</summary>
    public BatchRecord? LastApplied() => journal.List().LastOrDefault(r => r.State == BatchState.Applied);

    /// <summary>Every batch, newest first.</summary>
    public IReadOnlyList<BatchRecord> History() => journal.List().Reverse().ToList();

    /// <summary>Rolls back interrupted applies and completes interrupted undos. Waits for a running batch to finish first.</summary>
    public RecoveryReport Recover(CancellationToken cancellationToken = default)
    {
        using var _ = BatchLock.Acquire(journal.Directory, _options.LockWait, cancellationToken);
        return RecoverLocked(cancellationToken);
    }

    private RecoveryReport RecoverLocked(CancellationToken cancellationToken)
    {
        var rolledBack = new List<string>();
        var completed = new List<string>();
        var warnings = new List<string>();
        foreach (var record in journal.List().Where(r => r.State is BatchState.Pending or BatchState.Undoing))
        {
            cancellationToken.ThrowIfCancellationRequested();
            journal.RestoreFiles(record, CancellationToken.None);
            BatchJournal.RemoveWriterLeftovers(record);
            try
            {
                reindexer.Reindex(PhotosOf(record), CancellationToken.None);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                warnings.Add($"batch {record.Id}: files restored, but the index was not updated ({e.Message}); run photodesk ingest or reindex");
            }
            var next = record.State == BatchState.Pending ? BatchState.RolledBack : BatchState.Undone;
            journal.Save(record with { State = next, StateTime = _options.Clock.GetUtcNow() });
            (next == BatchState.RolledBack ? rolledBack : completed).Add(record.Id);
        }
        return rolledBack.Count + completed.Count + warnings.Count == 0 ? RecoveryReport.None : new RecoveryReport(rolledBack, completed, warnings);
    }

    private BatchRecord WriteAll(BatchRecord record, IReadOnlyList<PlannedPhoto> plans, WriteTarget target, CancellationToken cancellationToken)
    {
        var results = new List<JournaledPhoto>(record.Photos.Count);
        for (var i = 0; i < record.Photos.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var photo = record.Photos[i];
            try
            {
                var outcome = writer.Write(photo.Path, plans[i].Patch, target, cancellationToken);
                results.Add(photo with { Written = outcome.WrittenPath });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One photo that cannot be written is reported; its files go back to how they were; the rest go on.
                journal.RestoreFiles(record with { Photos = [photo] }, CancellationToken.None);
                results.Add(photo with { Error = e.Message });
            }
            _options.Progress?.Report(i + 1);
            if (_options.StepDelay > TimeSpan.Zero) Thread.Sleep(_options.StepDelay);
        }
        return record with { Photos = results };
    }

    private List<PlannedPhoto> Verify(BatchPlan plan, List<SkippedPhoto> skipped, CancellationToken cancellationToken)
    {
        if (_options.Verifier is not { } reader) return plan.Photos.ToList();
        var kept = new List<PlannedPhoto>(plan.Photos.Count);
        foreach (var photo in plan.Photos)
        {
            cancellationToken.ThrowIfCancellationRequested();
            PhotoMetadata now;
            try
            {
                now = reader.Read(photo.Photo.Path, cancellationToken);
            }
            catch (PhotoReadException e)
            {
                skipped.Add(new SkippedPhoto(photo.Photo, e.Reason, IsFailure: true));
                continue;
            }
            if (photo.Changes.All(c => MetadataValues.SameValues(MetadataValues.Get(now, c.Field), c.Before))) kept.Add(photo);
            else skipped.Add(new SkippedPhoto(photo.Photo, "changed since the preview; plan again", IsFailure: true));
        }
        return kept;
    }

    private void RollBack(BatchRecord record)
    {
        journal.RestoreFiles(record, CancellationToken.None);
        try
        {
            reindexer.Reindex(PhotosOf(record), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The files are back as they were; the next ingest brings the index level with them.
        }
        journal.Save(record with { State = BatchState.RolledBack, StateTime = _options.Clock.GetUtcNow() });
    }

    private static List<PhotoRef> PhotosOf(BatchRecord record) => record.Photos.Select(p => new PhotoRef(p.Id, p.Path)).ToList();
}
