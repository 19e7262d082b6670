using PhotoDesk.Credits.Checks;

namespace PhotoDesk.Credits.Batches;

/// <summary>
/// Brings the index up to date with photos a batch just wrote or restored (read metadata → parse caption → build
/// entry → upsert → commit). Called with the photos of one batch, once.
/// </summary>
public interface IPhotoReindexer
{
    void Reindex(IReadOnlyList<PhotoRef> photos, CancellationToken cancellationToken);
}
