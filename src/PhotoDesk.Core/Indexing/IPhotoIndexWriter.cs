namespace PhotoDesk.Core.Indexing;

/// <summary>
/// The single owner of index writes (one per index, across processes: opening takes the index lock).
/// Keeping callers on this interface lets a server engine be added later without touching them.
/// The Lucene writer (PhotoDesk.Index) accepts <see cref="Upsert"/>, <see cref="Add"/>, <see cref="Delete"/> and
/// <see cref="Commit"/> from several threads at once; other implementations say whether they do.
/// </summary>
public interface IPhotoIndexWriter : IDisposable
{
    string IndexPath { get; }
    void Upsert(PhotoEntry entry);

    /// <summary>
    /// Writes an entry whose id the caller knows is not in the index yet (nor being written by another thread): a
    /// bulk load of new photos. Faster than <see cref="Upsert"/> where the writer can skip looking for an older
    /// version; adding an id that is already there may leave two entries for it.
    /// </summary>
    void Add(PhotoEntry entry) => Upsert(entry);

    void Delete(string id);
    /// <summary>Makes everything written so far durable and visible to searchers.</summary>
    void Commit();

    /// <summary>
    /// After a bulk load: merges the many small segments it left into a few and commits, so every later search has
    /// fewer segments to visit. Takes a while on a large index (about 10 s at a million photos). By default it only
    /// commits, for writers without segments to merge.
    /// </summary>
    void CompactAfterBulkLoad() => Commit();
    /// <summary>The stamps of every indexed photo, for incremental ingest.</summary>
    IReadOnlyList<FileStamp> ReadStamps();

    /// <summary>The stamps of every indexed photo one at a time, for callers that keep only part of each (an import of a million records).</summary>
    void VisitStamps(Action<FileStamp> visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        foreach (var stamp in ReadStamps()) visit(stamp);
    }
    PhotoEntry? Get(string id);
    /// <summary>Records when an ingest finished (shown by <c>photodesk stats</c>).</summary>
    void MarkIngested(DateTimeOffset when);
    /// <summary>Removes every document (a rebuild).</summary>
    void DeleteAll();

    /// <summary>
    /// Set when opening found an index of another format (or an unreadable one) and cleared it (what happened, not
    /// what to do: the caller says that, since a reindex is already refilling it). Null for an index opened as it was.
    /// </summary>
    string? RebuildNotice => null;

    /// <summary>
    /// Replaces the credit findings (rule names) of the listed photos; an empty list clears them. Photos not listed
    /// keep theirs; unknown ids are ignored. Call <see cref="Commit"/> afterwards.
    /// </summary>
    void UpdateFindings(IReadOnlyDictionary<string, IReadOnlyList<string>> findingsById)
    {
        ArgumentNullException.ThrowIfNull(findingsById);
        foreach (var (id, rules) in findingsById)
        {
            if (Get(id) is { } entry) Upsert(entry with { Findings = rules });
        }
    }
}
