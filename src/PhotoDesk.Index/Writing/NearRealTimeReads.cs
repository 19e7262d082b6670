using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PhotoDesk.Core.Indexing;

namespace PhotoDesk.Index.Writing;

/// <summary>
/// Reads of what a writer has written but not necessarily committed, for any number of writing threads. Writes run
/// concurrently with each other (the shared side of a reader-writer lock); reopening the near-real-time reader takes
/// the exclusive side, so a write is always either seen by the reopened reader or remembered here, never lost between
/// the reopen and the forgetting of what it saw.
/// </summary>
/// <remarks>
/// A write since the last reopen is remembered with its entry, so a loop of Get and Delete (ingest removing missing
/// files) does not reopen the reader per photo. Past <see cref="MaxRememberedEntries"/> only the id is remembered
/// (a Get of that id reopens), which bounds the memory of a long run between commits. Nothing is remembered while no
/// reader is open (a bulk import): the first read opens one that sees every write so far.
/// </remarks>
internal sealed class NearRealTimeReads : IDisposable
{
    private const int MaxRememberedEntries = 4096;

    /// <summary>Written since the reopen; what it was is no longer remembered.</summary>
    private static readonly object Unknown = new();

    private readonly IndexWriter _writer;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    /// <summary>id → the entry written, null when deleted, or <see cref="Unknown"/>.</summary>
    private readonly ConcurrentDictionary<string, object?> _pending = new(StringComparer.Ordinal);
    private int _remembered;
    private SearcherManager? _manager;
    private bool _deletedAll;

    public NearRealTimeReads(IndexWriter writer) => _writer = writer;

    /// <summary>Runs a write of one id (an upsert, or a delete when <paramref name="entry"/> is null), concurrently with other writes.</summary>
    public void Write(string id, PhotoEntry? entry, Action<IndexWriter> write)
    {
        _lock.EnterReadLock();
        try
        {
            write(_writer);
            if (_manager is null) return;
            _pending[id] = entry is null || Interlocked.Increment(ref _remembered) <= MaxRememberedEntries ? entry : Unknown;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Runs a change of the whole index (delete all, commit) with no write in flight.</summary>
    public void Exclusive(Action<IndexWriter> change, bool deletedAll = false)
    {
        _lock.EnterWriteLock();
        try
        {
            change(_writer);
            if (!deletedAll) return;
            Forget();
            _deletedAll = _manager is not null;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>The entry with this id as written so far, or null.</summary>
    public PhotoEntry? Get(string id, Func<IndexSearcher, PhotoEntry?> find)
    {
        SearcherManager? manager = null;
        IndexSearcher? searcher = null;
        _lock.EnterReadLock();
        try
        {
            if (_manager is not null)
            {
                var remembered = _pending.TryGetValue(id, out var written);
                if (remembered && written != Unknown) return (PhotoEntry?)written; // the entry, or null when deleted
                if (!remembered && _deletedAll) return null;
                if (!remembered)
                {
                    // Not written since the reader was opened: the reader knows. Acquired inside the lock, so no
                    // reopen falls between the check above and this reader.
                    manager = _manager;
                    searcher = manager.Acquire();
                }
                // else written, but only its id is remembered: reopen below
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
        if (searcher is null) (manager, searcher) = AcquireFresh();
        try
        {
            return find(searcher);
        }
        finally
        {
            manager!.Release(searcher);
        }
    }

    /// <summary>Runs a read over a reader that sees every write so far (opened or reopened as needed).</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var (manager, searcher) = AcquireFresh();
        try
        {
            return read(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>True while a reader is kept open (writes are then remembered).</summary>
    public bool IsOpen
    {
        get
        {
            _lock.EnterReadLock();
            try { return _manager is not null; }
            finally { _lock.ExitReadLock(); }
        }
    }

    /// <summary>After a commit: reopens a kept reader that is behind, so what is remembered stays small.</summary>
    public void CatchUp()
    {
        _lock.EnterWriteLock();
        try
        {
            if (_manager is not null && (!_pending.IsEmpty || _deletedAll)) Reopen();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private (SearcherManager, IndexSearcher) AcquireFresh()
    {
        _lock.EnterWriteLock();
        try
        {
            if (_manager is null)
            {
                _manager = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
                Forget();
            }
            else if (!_pending.IsEmpty || _deletedAll)
            {
                Reopen();
            }
            return (_manager, _manager.Acquire());
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Call holding the exclusive side.</summary>
    private void Reopen()
    {
        _manager!.MaybeRefreshBlocking();
        Forget();
    }

    private void Forget()
    {
        _pending.Clear();
        _remembered = 0;
        _deletedAll = false;
    }

    public void Dispose()
    {
        _manager?.Dispose();
        _lock.Dispose();
    }
}
