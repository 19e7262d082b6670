using PhotoDesk.Core.Indexing;
using PhotoDesk.Credits.Batches;
using PhotoDesk.Credits.Checks;
using PhotoDesk.Credits.Desk;
using PhotoDesk.Credits.Indexing;
using PhotoDesk.Ingest.Worker;

namespace PhotoDesk.Tui.Editing;

/// <summary>
/// Re-indexes the photos a batch wrote. When the desk can take the index it does it itself (as the CLI does); when a
/// worker holds the index, the files are already written (they are the truth), so it asks the worker to re-index
/// them (a refresh request; its watcher would see the change too) and says so.
/// </summary>
public sealed class DeskReindexer(string indexPath, Func<string, IPhotoIndexWriter> openWriter, CreditServices services,
    string? creditsFile = null) : IPhotoReindexer
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
            writer = openWriter(indexPath);
        }
        catch (IndexLockedException)
        {
            RefreshRequests.Submit(indexPath, photos.Select(p => p.Path));
            LeftToWorker = true;
            return;
        }
        using (writer)
        {
            new EntryReindexer(writer, services.Reader, services.BuildEntry,
                (ids, ct) => CreditDesk.RecheckPhotos(writer, ids, creditsFile, ct)).Reindex(photos, cancellationToken);
        }
    }
}
