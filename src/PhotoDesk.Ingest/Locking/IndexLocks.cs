using PhotoDesk.Core.Indexing;
using PhotoDesk.Index;

namespace PhotoDesk.Ingest.Locking;

/// <summary>
/// Opens PhotoDesk's Lucene index for writing the way every writer must: the cross-process
/// <see cref="IndexWriteGuard"/> first (Lucene.Net's own lock was seen letting a second process in), then the Lucene
/// writer. The guard types live in Core (<see cref="GuardedIndexWriter"/>); this is the one-call form.
/// </summary>
public static class IndexLocks
{
    /// <param name="wait">How long to wait for another PhotoDesk process to let go; <see cref="TimeSpan.Zero"/> fails at once.</param>
    /// <exception cref="IndexLockedException">Another process holds the index after <paramref name="wait"/>.</exception>
    public static GuardedIndexWriter OpenWriter(string indexPath, TimeSpan wait, CancellationToken cancellationToken = default) =>
        GuardedIndexWriter.Open(indexPath, wait, path => PhotoIndex.OpenWriter(path, TimeSpan.FromSeconds(30), cancellationToken), cancellationToken);
}
