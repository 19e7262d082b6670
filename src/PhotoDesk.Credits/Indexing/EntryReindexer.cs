using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Credits.Batches;
using PhotoDesk.Credits.Checks;

namespace PhotoDesk.Credits.Indexing;

/// <summary>
/// Re-indexes photos after a batch wrote or restored them: read the files → build the entry as ingest does →
/// upsert under the same id → commit once. The entry keeps its id, content hash, thumbnail and findings; then
/// <paramref name="afterCommit"/> (when given) gets the ids of the photos written whose credit-check inputs changed
/// (<see cref="CheckInputs"/>), so the findings of exactly those photos can be checked again (see
/// <c>CreditDesk.RecheckPhotos</c>); a tagging batch changes none and costs no re-check. A photo that cannot be read
/// keeps its old entry.
/// </summary>
public sealed class EntryReindexer(IPhotoIndexWriter writer, IMetadataReader reader, EntryBuilder build,
    Action<IReadOnlyList<string>, CancellationToken>? afterCommit = null) : IPhotoReindexer
{
    public void Reindex(IReadOnlyList<PhotoRef> photos, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(photos);
        // A photo the index does not know yet (tagged by path) is left to the next ingest.
        var known = photos.Where(p => p.Id.Length > 0 && File.Exists(p.Path)).ToList();
        // Every previous entry is read before the first upsert: a read after an upsert reopens the near-real-time reader.
        var previousEntries = known.Select(p => writer.Get(p.Id)).ToList();
        var toRecheck = new List<string>(known.Count);
        for (var i = 0; i < known.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var photo = known[i];
            PhotoMetadata metadata;
            try
            {
                metadata = reader.Read(photo.Path, cancellationToken);
            }
            catch (PhotoReadException)
            {
                continue;
            }
            var previous = previousEntries[i];
            var built = build(photo.Id, metadata, PhotoFileStamp.Of(photo.Path), previous?.ContentHash);
            var entry = built with
            {
                Id = photo.Id,
                ContentHash = previous?.ContentHash ?? built.ContentHash,
                ThumbnailKey = previous?.ThumbnailKey ?? built.ThumbnailKey,
                Origin = previous?.Origin ?? built.Origin,
                Findings = previous?.Findings ?? built.Findings,
            };
            writer.Upsert(entry);
            if (previous is null || CheckInputs.Changed(previous, entry)) toRecheck.Add(photo.Id);
        }
        writer.Commit();
        if (toRecheck.Count > 0) afterCommit?.Invoke(toRecheck, cancellationToken);
    }
}
