using PhotoDesk.Core.Indexing;

namespace PhotoDesk.Ingest.Pipeline;

/// <summary>
/// The one place that decides when a finished run compacts the index (<see cref="IPhotoIndexWriter.CompactAfterBulkLoad"/>):
/// after a run that wrote many photos (a catalog import, a first ingest of a large archive), whose many small
/// segments would slow every later search. Small runs do not pay for it: merging the small tier of a large index
/// takes seconds.
/// </summary>
public static class BulkLoad
{
    /// <summary>Photos written in one run from which the index is compacted afterwards.</summary>
    public const long CompactFromWrites = 10_000;

    /// <returns>True when it compacted.</returns>
    public static bool CompactIfLarge(IPhotoIndexWriter writer, long written, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (written < CompactFromWrites || cancellationToken.IsCancellationRequested) return false;
        writer.CompactAfterBulkLoad();
        return true;
    }
}
