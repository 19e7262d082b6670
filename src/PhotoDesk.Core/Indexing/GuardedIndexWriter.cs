namespace PhotoDesk.Core.Indexing;

/// <summary>An index writer that also holds the <see cref="IndexWriteGuard"/>; disposing closes the writer, then the guard.</summary>
public sealed class GuardedIndexWriter : IPhotoIndexWriter
{
    private readonly IPhotoIndexWriter _inner;
    private readonly IndexWriteGuard _guard;

    private GuardedIndexWriter(IPhotoIndexWriter inner, IndexWriteGuard guard)
    {
        _inner = inner;
        _guard = guard;
    }

    /// <summary>Takes the guard (waiting up to <paramref name="wait"/>), then opens the writer with <paramref name="open"/>.</summary>
    /// <exception cref="IndexLockedException">Another process holds the index.</exception>
    public static GuardedIndexWriter Open(string indexPath, TimeSpan wait, Func<string, IPhotoIndexWriter> open, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(open);
        var guard = IndexWriteGuard.Acquire(indexPath, wait, cancellationToken);
        try
        {
            return new GuardedIndexWriter(open(indexPath), guard);
        }
        catch
        {
            guard.Dispose();
            throw;
        }
    }

    public string IndexPath => _inner.IndexPath;
    public string? RebuildNotice => _inner.RebuildNotice;
    public void Upsert(PhotoEntry entry) => _inner.Upsert(entry);
    public void Add(PhotoEntry entry) => _inner.Add(entry);
    public void Delete(string id) => _inner.Delete(id);
    public void Commit() => _inner.Commit();
    public IReadOnlyList<FileStamp> ReadStamps() => _inner.ReadStamps();
    public PhotoEntry? Get(string id) => _inner.Get(id);
    public void MarkIngested(DateTimeOffset when) => _inner.MarkIngested(when);
    public void DeleteAll() => _inner.DeleteAll();
    public void UpdateFindings(IReadOnlyDictionary<string, IReadOnlyList<string>> findingsById) => _inner.UpdateFindings(findingsById);

    public void Dispose()
    {
        try { _inner.Dispose(); }
        finally { _guard.Dispose(); }
    }
}
