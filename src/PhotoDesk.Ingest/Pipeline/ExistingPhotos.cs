using PhotoDesk.Core.Indexing;
using PhotoDesk.Ingest.Scanning;

namespace PhotoDesk.Ingest.Pipeline;

/// <summary>
/// The index's stamps at the start of a run, looked up by path, id and content hash; updated as the run writes.
/// Decides whether a found photo is unchanged and which id a changed, moved or new photo gets. Used by the single
/// walker (reads) and the single writer stage (writes); a lock keeps them apart.
/// </summary>
internal sealed class ExistingPhotos
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FileStamp> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileStamp> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FileStamp>> _byHash = new(StringComparer.Ordinal);
    /// <summary>Per content hash: in which pass the first <c>Verified</c> stamps of its list were found to exist.</summary>
    private readonly Dictionary<string, (int Pass, int Verified)> _verifiedTwins = new(StringComparer.Ordinal);
    private int _pass;

    public ExistingPhotos(IEnumerable<FileStamp> stamps)
    {
        foreach (var s in stamps) Add(s);
    }

    public int Count { get { lock (_gate) return _byId.Count; } }

    /// <summary>
    /// Starts a pass: what was known to exist in earlier passes is looked at again (a long-lived worker session sees
    /// photos moved between its passes).
    /// </summary>
    public void BeginPass() { lock (_gate) _pass++; }

    public IReadOnlyList<FileStamp> Snapshot() { lock (_gate) return [.. _byId.Values]; }

    public FileStamp? ByPath(string path) { lock (_gate) return _byPath.GetValueOrDefault(path); }

    /// <summary>
    /// Unchanged when size and modification time match. Times compare to the millisecond: an index may store
    /// them no finer.
    /// </summary>
    public bool IsUnchanged(PhotoCandidate candidate)
    {
        lock (_gate)
        {
            return _byPath.TryGetValue(candidate.Path, out var s)
                && s.FileSize == candidate.StampSize
                && Milliseconds(s.Modified) == Milliseconds(candidate.Modified);
        }
    }

    /// <summary>
    /// The id for a photo about to be written, and whether it is new. Same path → same id. Else an indexed photo
    /// with the same content whose file is gone → its id (a move or rename). Else an id from the content, told apart
    /// by path when another file already has those pixels.
    /// </summary>
    public (string Id, bool IsNew, string? MovedFrom) Resolve(string path, string? contentHash, Func<string, bool> fileExists)
    {
        lock (_gate) return ResolveLocked(path, contentHash, fileExists);
    }

    private (string Id, bool IsNew, string? MovedFrom) ResolveLocked(string path, string? contentHash, Func<string, bool> fileExists)
    {
        if (_byPath.TryGetValue(path, out var same)) return (same.Id, false, null);
        if (contentHash is null) return (Identity.PhotoIds.ForCatalogRecord(path), true, null);
        if (_byHash.TryGetValue(contentHash, out var twins))
        {
            // A twin whose file is gone is this photo, moved. Each twin's file is looked at once per pass at most,
            // and the twins found present are skipped as a block: an archive holding one picture many times would
            // otherwise stat every copy for every new copy.
            var (pass, verified) = _verifiedTwins.GetValueOrDefault(contentHash);
            if (pass != _pass) verified = 0;
            FileStamp? moved = null;
            for (var i = verified; i < twins.Count; i++)
            {
                if (fileExists(twins[i].Path))
                {
                    if (i == verified) verified++;
                }
                else if (moved is null || string.CompareOrdinal(twins[i].Path, moved.Path) < 0)
                {
                    moved = twins[i];
                }
            }
            _verifiedTwins[contentHash] = (_pass, verified);
            if (moved is not null) return (moved.Id, false, moved.Path);
        }
        var id = Identity.PhotoIds.FromContent(contentHash);
        if (_byId.ContainsKey(id)) id = Identity.PhotoIds.ForDuplicate(contentHash, path);
        return (id, !_byId.ContainsKey(id), null);
    }

    /// <summary>Records a written entry (replacing whatever the id or path held before).</summary>
    public void Record(FileStamp stamp)
    {
        lock (_gate) RecordLocked(stamp);
    }

    private void RecordLocked(FileStamp stamp)
    {
        if (_byId.TryGetValue(stamp.Id, out var old)) Remove(old);
        if (_byPath.TryGetValue(stamp.Path, out var atPath)) Remove(atPath);
        Add(stamp);
    }

    public void Forget(FileStamp stamp) { lock (_gate) Remove(stamp); }

    private void Add(FileStamp s)
    {
        _byPath[s.Path] = s;
        _byId[s.Id] = s;
        if (s.ContentHash is null) return;
        if (!_byHash.TryGetValue(s.ContentHash, out var list)) _byHash[s.ContentHash] = list = [];
        list.Add(s);
    }

    private void Remove(FileStamp s)
    {
        if (_byPath.TryGetValue(s.Path, out var p) && p.Id == s.Id) _byPath.Remove(s.Path);
        if (_byId.TryGetValue(s.Id, out var i) && i.Path == s.Path) _byId.Remove(s.Id);
        if (s.ContentHash is not null && _byHash.TryGetValue(s.ContentHash, out var list))
        {
            list.RemoveAll(x => x.Id == s.Id);
            _verifiedTwins.Remove(s.ContentHash); // positions changed: look again
            if (list.Count == 0) _byHash.Remove(s.ContentHash);
        }
    }

    private static long Milliseconds(DateTimeOffset t) => t.ToUnixTimeMilliseconds();
}
