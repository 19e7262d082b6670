using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Credits.Authority;
using PhotoDesk.Credits.Batches;
using PhotoDesk.Credits.Checks;
using PhotoDesk.Credits.Desk;
using PhotoDesk.Credits.Fixes;
using PhotoDesk.Credits.Journal;
using PhotoDesk.Credits.Tagging;
using PhotoDesk.Credits.Variants;

namespace PhotoDesk.Tui.Editing;

/// <summary>
/// Every edit the desk makes goes the way every other PhotoDesk edit goes: planned from the files, journaled as a
/// batch (write-ahead, undoable), written to the photos' metadata (sidecar or embedded, as configured), then
/// re-indexed. Blocking: call it off the UI thread.
/// </summary>
public sealed class DeskEditor
{
    private readonly CreditDesk _desk;
    private readonly DeskReindexer _reindexer;
    private readonly BatchRunner _runner;
    private readonly WriteTarget _target;

    public DeskEditor(string indexPath, CreditServices services, Func<string, IPhotoIndexWriter> openWriter, WriteTarget target, string? creditsFile)
    {
        _desk = new CreditDesk(indexPath, services) { CreditsFile = creditsFile };
        _reindexer = new DeskReindexer(_desk, openWriter);
        _runner = new BatchRunner(_desk.Journal, services.Writer, _reindexer,
            new BatchRunnerOptions { Verifier = services.Reader, LockWait = TimeSpan.FromSeconds(5) });
        _target = target;
    }

    public WriteTarget Target => _target;

    public BatchPlan PlanTags(TagOperation operation, IReadOnlyList<string> keywords, IReadOnlyList<PhotoRef> photos, CancellationToken ct = default) =>
        _desk.TagPlanner.Plan(operation, keywords, photos, _target, ct);

    public BatchPlan PlanFix(string from, string to, IReadOnlyList<PhotoRef> photos, CancellationToken ct = default) =>
        _desk.FixPlanner.Plan(new CreditFixRequest(from, to, CreditField.Photographer, _target), photos, ct);

    public EditOutcome Apply(BatchPlan plan, string command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.IsEmpty) return new EditOutcome(null, 0, plan.Skipped.Count, false, $"{plan.Description}: nothing to change");
        var result = _runner.Apply(plan, command, ct);
        var summary = result.BatchId is null
            ? $"{plan.Description}: nothing changed"
            : $"{plan.Description}: {result.Changed.Count} photo(s) changed (batch {result.BatchId})";
        return new EditOutcome(result.BatchId, result.Changed.Count, result.Skipped.Count, _reindexer.LeftToWorker, summary);
    }

    /// <summary>The batch "undo" would undo, or null.</summary>
    public BatchRecord? LastApplied() => _runner.LastApplied();

    public EditOutcome UndoLast(CancellationToken ct = default)
    {
        var last = _runner.LastApplied() ?? throw new BatchRefusedException("no batch to undo");
        var record = _runner.Undo(last.Id, force: false, ct);
        return new EditOutcome(record.Id, record.Photos.Count, 0, _reindexer.LeftToWorker, $"undid batch {record.Id} ({record.Description})");
    }

    /// <summary>The archive's credits.json (configured, current folder or archive root), or none.</summary>
    public CreditAuthority? LoadAuthority(IPhotoSearcher searcher, CancellationToken ct = default)
    {
        var path = AuthorityLocator.Find(_desk.CreditsFile, CreditDesk.LoadEntries(searcher, null, ct));
        return path is null ? null : AuthorityFile.Load(path).Authority;
    }

    public static IReadOnlyList<VariantCluster> Clusters(IPhotoSearcher searcher, CreditAuthority? authority, CancellationToken ct = default) =>
        CreditDesk.VariantClusters(searcher, authority, ct);

    public static CheckReport Check(IPhotoSearcher searcher, CreditAuthority? authority, CancellationToken ct = default) =>
        CreditDesk.Check(searcher, null, authority, ct);
}
