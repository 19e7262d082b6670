using PhotoDesk.Core.Indexing;

namespace PhotoDesk.Ingest.Tests.Support;

/// <summary>
/// An index writer that keeps entries in memory, with commit semantics (what is committed is what
/// <see cref="Committed"/> shows). For the pipeline's logic tests; the real Lucene index is exercised end to end by
/// the CLI tests.
/// </summary>
public sealed class InMemoryIndexWriter : IPhotoIndexWriter
{
    private readonly Dictionary<string, PhotoEntry> _live = new(StringComparer.Ordinal);
    private Dictionary<string, PhotoEntry> _committed = new(StringComparer.Ordinal);

    public InMemoryIndexWriter(string indexPath = "/tmp/in-memory-index") => IndexPath = indexPath;

    public string IndexPath { get; }
    public int Commits { get; private set; }
    public int Upserts { get; private set; }
    public int Deletes { get; private set; }
    public DateTimeOffset? LastIngest { get; private set; }
    public IReadOnlyDictionary<string, PhotoEntry> Committed { get { lock (_live) return new Dictionary<string, PhotoEntry>(_committed); } }

    public void Upsert(PhotoEntry entry) { lock (_live) { _live[entry.Id] = entry; Upserts++; } }
    public void Delete(string id) { lock (_live) { _live.Remove(id); Deletes++; } }
    public void Commit() { lock (_live) { _committed = new Dictionary<string, PhotoEntry>(_live); Commits++; } }
    public int Compactions { get; private set; }
    public void CompactAfterBulkLoad() { Commit(); Compactions++; }
    public IReadOnlyList<FileStamp> ReadStamps()
    {
        lock (_live) return _live.Values.Select(e => new FileStamp(e.Id, e.Path, e.FileSize, e.Modified, e.ContentHash)).ToList();
    }
    public PhotoEntry? Get(string id) { lock (_live) return _live.GetValueOrDefault(id); }
    public void MarkIngested(DateTimeOffset when) => LastIngest = when;
    public void DeleteAll() { lock (_live) _live.Clear(); }
    public void Dispose() { }

    public PhotoEntry? ByPath(string path) => Committed.Values.SingleOrDefault(e => e.Path == path);
}
