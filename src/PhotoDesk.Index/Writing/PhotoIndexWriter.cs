using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Analysis;
using PhotoDesk.Index.Schema;
using PhotoDesk.Index.Searching;
using PhotoDesk.Index.Storage;

namespace PhotoDesk.Index.Writing;

/// <summary>
/// The one owner of an index's <see cref="IndexWriter"/>. Holding it holds the Lucene write lock, so a second
/// writer (in this or another process) waits or gets <see cref="IndexLockedException"/>. Reads of uncommitted
/// changes (<see cref="Get"/>, <see cref="ReadStamps"/>) go through a near-real-time searcher.
/// Disposing commits what was written.
/// </summary>
public sealed class PhotoIndexWriter : IPhotoIndexWriter
{
    private static readonly TimeSpan LockPollInterval = TimeSpan.FromMilliseconds(200);

    private readonly FSDirectory _directory;
    private readonly Analyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly IndexWriteLock _processLock;
    private readonly System.Threading.Lock _gate = new();
    private SearcherManager? _nearRealTime;
    /// <summary>Writes since the near-real-time reader was last reopened: id → entry, or null when deleted.</summary>
    private readonly Dictionary<string, PhotoEntry?> _pending = new(StringComparer.Ordinal);
    private bool _deletedAllSinceRefresh;
    private DateTimeOffset? _lastIngest;
    private bool _disposed;

    private PhotoIndexWriter(string indexPath, FSDirectory directory, Analyzer analyzer, IndexWriteLock processLock, IndexWriter writer,
        string? rebuildNotice)
    {
        IndexPath = indexPath;
        _processLock = processLock;
        _directory = directory;
        _analyzer = analyzer;
        _writer = writer;
        RebuildNotice = rebuildNotice;
        _lastIngest = IndexFormat.ReadLastIngest(writer.CommitData);
    }

    public string IndexPath { get; }

    public string? RebuildNotice { get; }

    /// <summary>When the last ingest finished, as committed (or marked since).</summary>
    public DateTimeOffset? LastIngest => _lastIngest;

    internal static PhotoIndexWriter Open(string indexPath, TimeSpan wait, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexPath);
        if (wait < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(wait), "the wait cannot be negative");
        var full = Path.GetFullPath(indexPath);
        System.IO.Directory.CreateDirectory(full);
        var directory = FSDirectory.Open(full);
        var analyzer = PhotoAnalyzers.CreateIndexAnalyzer();
        try
        {
            var (processLock, writer, notice) = OpenWaitingForLock(full, directory, analyzer, wait, cancellationToken);
            return new PhotoIndexWriter(full, directory, analyzer, processLock, writer, notice);
        }
        catch
        {
            analyzer.Dispose();
            directory.Dispose();
            throw;
        }
    }

    private static (IndexWriteLock, IndexWriter, string?) OpenWaitingForLock(string path, FSDirectory directory, Analyzer analyzer,
        TimeSpan wait, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IndexWriteLock.TryAcquire(path) is { } processLock)
            {
                try
                {
                    var (writer, notice) = OpenChecked(path, directory, analyzer);
                    return (processLock, writer, notice);
                }
                catch (LockObtainFailedException)
                {
                    processLock.Dispose(); // Lucene's lock is held in this process: wait like for another process
                }
                catch
                {
                    processLock.Dispose();
                    throw;
                }
            }
            var left = wait - clock.Elapsed;
            if (left <= TimeSpan.Zero) throw new IndexLockedException(path);
            cancellationToken.WaitHandle.WaitOne(left < LockPollInterval ? left : LockPollInterval);
        }
    }

    /// <summary>Opens the writer and makes sure the index has this PhotoDesk's format, clearing it when not.</summary>
    private static (IndexWriter, string?) OpenChecked(string path, FSDirectory directory, Analyzer analyzer)
    {
        var existed = DirectoryReader.IndexExists(directory);
        IndexWriter writer;
        string? notice = null;
        try
        {
            writer = new IndexWriter(directory, Config(analyzer, OpenMode.CREATE_OR_APPEND));
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException)
        {
            writer = new IndexWriter(directory, Config(analyzer, OpenMode.CREATE));
            notice = $"the index at {path} could not be read ({e.Message.Split('\n')[0]}); it was cleared: run 'photodesk reindex' to fill it again";
        }
        try
        {
            var version = IndexFormat.ReadVersion(writer.CommitData);
            if (version != IndexFormat.Current || notice is not null)
            {
                if (existed && notice is null)
                {
                    writer.DeleteAll();
                    notice = $"the index at {path} has format {version?.ToString(CultureInfo.InvariantCulture) ?? "unknown"} "
                             + $"(this PhotoDesk uses {IndexFormat.Current}); it was cleared: run 'photodesk reindex' to fill it again";
                }
                writer.SetCommitData(CommitData(lastIngest: null));
                writer.Commit(); // a searcher can open the (empty) index from now on
            }
            return (writer, notice);
        }
        catch
        {
            writer.Dispose();
            throw;
        }
    }

    private static IndexWriterConfig Config(Analyzer analyzer, OpenMode mode) => new(PhotoIndex.LuceneVersion, analyzer)
    {
        OpenMode = mode,
        WriteLockTimeout = 0, // we poll ourselves, with cancellation
        RAMBufferSizeMB = 48,
    };

    private static Dictionary<string, string> CommitData(DateTimeOffset? lastIngest)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [IndexFormat.VersionKey] = IndexFormat.Current.ToString(CultureInfo.InvariantCulture),
        };
        if (lastIngest is { } t) data[IndexFormat.LastIngestKey] = t.ToString("O", CultureInfo.InvariantCulture);
        return data;
    }

    public void Upsert(PhotoEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Id);
        ThrowIfDisposed();
        var doc = PhotoDocumentBuilder.Build(entry);
        lock (_gate)
        {
            _writer.UpdateDocument(new Term(IndexFields.Id, entry.Id), doc);
            _pending[entry.Id] = entry;
        }
    }

    public void Delete(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ThrowIfDisposed();
        lock (_gate)
        {
            _writer.DeleteDocuments(new Term(IndexFields.Id, id));
            _pending[id] = null;
        }
    }

    public void DeleteAll()
    {
        ThrowIfDisposed();
        lock (_gate)
        {
            _writer.DeleteAll();
            _pending.Clear();
            _deletedAllSinceRefresh = true;
        }
    }

    public void UpdateFindings(IReadOnlyDictionary<string, IReadOnlyList<string>> findingsById)
    {
        ArgumentNullException.ThrowIfNull(findingsById);
        // Read every entry through one reader first: a Get after each Upsert would reopen the near-real-time reader
        // (and flush a tiny segment) once per photo.
        var changed = new List<PhotoEntry>();
        var manager = FreshReader();
        var searcher = manager.Acquire();
        try
        {
            foreach (var (id, rules) in findingsById)
            {
                if (string.IsNullOrWhiteSpace(id) || StoredEntries.Find(searcher, id) is not { } entry) continue;
                var sorted = rules.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                if (!entry.Findings.SequenceEqual(sorted, StringComparer.Ordinal)) changed.Add(entry with { Findings = sorted });
            }
        }
        finally
        {
            manager.Release(searcher);
        }
        foreach (var entry in changed) Upsert(entry);
    }

    public void MarkIngested(DateTimeOffset when)
    {
        ThrowIfDisposed();
        lock (_gate) _lastIngest = when;
    }

    public void Commit()
    {
        ThrowIfDisposed();
        lock (_gate)
        {
            var wanted = CommitData(_lastIngest);
            var current = _writer.CommitData;
            // Setting commit data always makes a new commit point; skip it when nothing would change.
            if (!wanted.All(kv => current.TryGetValue(kv.Key, out var v) && v == kv.Value) || current.Count != wanted.Count)
                _writer.SetCommitData(wanted);
            _writer.Commit();
            // Keeps the pending map small over a long ingest; a reopen right after a commit only opens the new segments.
            if (_nearRealTime is not null && (_pending.Count > 0 || _deletedAllSinceRefresh)) RefreshLocked();
        }
    }

    /// <summary>
    /// Sees every write so far: a photo written or deleted since the reader was last reopened is answered from memory,
    /// so a loop of Get and Delete (ingest removing missing files) does not reopen the reader per photo.
    /// </summary>
    public PhotoEntry? Get(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ThrowIfDisposed();
        SearcherManager manager;
        lock (_gate)
        {
            if (_pending.TryGetValue(id, out var written)) return written;
            if (_deletedAllSinceRefresh) return null;
            manager = _nearRealTime ??= new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        }
        var searcher = manager.Acquire();
        try
        {
            return StoredEntries.Find(searcher, id);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    public IReadOnlyList<FileStamp> ReadStamps()
    {
        var manager = FreshReader();
        var searcher = manager.Acquire();
        try
        {
            return StampReader.Read(searcher.IndexReader);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>A near-real-time searcher that sees everything written so far, reopened only after changes.</summary>
    private SearcherManager FreshReader()
    {
        ThrowIfDisposed();
        lock (_gate)
        {
            if (_nearRealTime is null)
            {
                _nearRealTime = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
                _pending.Clear();
                _deletedAllSinceRefresh = false;
            }
            else if (_pending.Count > 0 || _deletedAllSinceRefresh)
            {
                RefreshLocked();
            }
            return _nearRealTime;
        }
    }

    /// <summary>Reopens the near-real-time reader; call holding <see cref="_gate"/> so no write slips between reopen and clear.</summary>
    private void RefreshLocked()
    {
        _nearRealTime!.MaybeRefreshBlocking();
        _pending.Clear();
        _deletedAllSinceRefresh = false;
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _nearRealTime?.Dispose();
        lock (_gate)
        {
            var wanted = CommitData(_lastIngest);
            if (!wanted.All(kv => _writer.CommitData.TryGetValue(kv.Key, out var v) && v == kv.Value)) _writer.SetCommitData(wanted);
        }
        _writer.Dispose(); // commits pending changes and releases Lucene's write lock
        _analyzer.Dispose();
        _directory.Dispose();
        _processLock.Dispose();
    }
}
