namespace PhotoDesk.Core.Indexing;

/// <summary>
/// The single owner of index writes (one per index, across processes: opening takes the index lock).
/// Keeping callers on this interface lets a server engine be added later without touching them.
/// </summary>
public interface IPhotoIndexWriter : IDisposable
{
    string IndexPath { get; }
    void Upsert(PhotoEntry entry);
    void Delete(string id);
    /// <summary>Makes everything written so far durable and visible to searchers.</summary>
    void Commit();
    /// <summary>The stamps of every indexed photo, for incremental ingest.</summary>
    IReadOnlyList<FileStamp> ReadStamps();
    PhotoEntry? Get(string id);
    /// <summary>Records when an ingest finished (shown by <c>photodesk stats</c>).</summary>
    void MarkIngested(DateTimeOffset when);
    /// <summary>Removes every document (a rebuild).</summary>
    void DeleteAll();
}
