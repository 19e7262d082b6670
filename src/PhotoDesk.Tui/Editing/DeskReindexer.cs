using PhotoDesk.Core.Indexing;
using PhotoDesk.Credits.Batches;
using PhotoDesk.Credits.Checks;
using PhotoDesk.Credits.Desk;
using PhotoDesk.Ingest.Worker;

namespace PhotoDesk.Tui.Editing;

/// <summary>
/// Re-indexes the photos a batch wrote. When the desk can take the index it does it itself (as the CLI does); when a
/// worker holds the index, the files are already written (they are the truth), so it asks the worker to re-index
/// them (a refresh request; its watcher would see the change too) and says so.
/// </summary>
public sealed class DeskReindexer(CreditDesk desk, Func<string, IPhotoIndexWriter> openWriter) : IPhotoReindexer
{
    /// <summary>True when the last call left the re-indexing to a worker.</summary>
    public bool LeftToWorker { get; private set; }

    public void Reindex(IReadOnlyList<PhotoRef> photos, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(photos);
        LeftToWorker = false;
        if (photos.Count == 0) return;
        IPhotoIndexWriter writer;
        try
        {
            writer = openWriter(desk.IndexPath);
        }
        catch (IndexLockedException)
        {
            RefreshRequests.Submit(desk.IndexPath, photos.Select(p => p.Path));
            LeftToWorker = true;
            return;
        }
        using (writer)
        {
            desk.Reindexer(writer).Reindex(photos, cancellationToken);
        }
    }
}
