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
/// <see cref="Upsert"/>, <see cref="Add"/>, <see cref="Delete"/> and <see cref="Commit"/> may be called from several
/// threads at once (Lucene indexes each thread's documents in parallel); disposing commits what was written.
/// </summary>
public sealed class PhotoIndexWriter : IPhotoIndexWriter
{
    private static readonly TimeSpan LockPollInterval = TimeSpan.FromMilliseconds(200);

    private readonly FSDirectory _directory;
    private readonly Analyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly IndexWriteGuard _processLock;
    private readonly NearRealTimeReads _reads;
    private readonly System.Threading.Lock _commitGate = new();
    private DateTimeOffset? _lastIngest;
    private bool _disposed;

    private PhotoIndexWriter(string indexPath, FSDirectory directory, Analyzer analyzer, IndexWriteGuard processLock, IndexWriter writer,
        string? rebuildNotice)
    {
        IndexPath = indexPath;
        _processLock = processLock;
        _directory = directory;
        _analyzer = analyzer;
        _writer = writer;
        _reads = new NearRealTimeReads(writer);
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
        // Positional reads, not memory maps: a merge reading hundreds of MB of segments through a map counted them all
        // as resident memory of the writing process (seen: 586 MB at 300,000 records with 290 MB of GC heap). Maps for
        // all but merges were tried too: 548 MB at 300,000 records, against 313 MB with positional reads throughout.
        var directory = new NIOFSDirectory(full);
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

    private static (IndexWriteGuard, IndexWriter, string?) OpenWaitingForLock(string path, FSDirectory directory, Analyzer analyzer,
        TimeSpan wait, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IndexWriteGuard.TryAcquire(path) is { } processLock)
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
        RemoveUnfinishedFirstCommits(path);
        var existed = DirectoryReader.IndexExists(directory);
        if (!existed) PlaceEmptyFirstCommit(path, analyzer);
        IndexWriter writer;
        string? notice = null;
        try
        {
            writer = new IndexWriter(directory, Config(analyzer, OpenMode.CREATE_OR_APPEND));
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException)
        {
            // Lucene reads every commit point even when told to create, and refuses an unreadable one: drop them all
            // (the index is cleared anyway; its other files go as no commit refers to them)
            foreach (var name in directory.ListAll().Where(n => n.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal)))
                directory.DeleteFile(name);
            writer = new IndexWriter(directory, Config(analyzer, OpenMode.CREATE));
            notice = $"the index at {path} could not be read ({e.Message.Split('\n')[0]}); it was cleared";
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
                             + $"(this PhotoDesk uses {IndexFormat.Current}); it was cleared";
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

    private const string FirstCommitFolderPrefix = ".photodesk-first-commit-";

    /// <summary>
    /// Gives a new index its first (empty) commit all at once: the commit is written and synced in a side folder and
    /// its files renamed into the index. Lucene cannot fall back from a half-written first commit to anything, so a
    /// process killed while writing it in place left an index that neither a searcher nor a writer could open.
    /// Later commits are safe as they are: a half-written segments_N falls back to segments_(N-1).
    /// </summary>
    private static void PlaceEmptyFirstCommit(string path, Analyzer analyzer)
    {
        var side = Path.Combine(path, FirstCommitFolderPrefix + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(side);
        using (var sideDirectory = new NIOFSDirectory(side))
        using (var writer = new IndexWriter(sideDirectory, Config(analyzer, OpenMode.CREATE)))
        {
            writer.SetCommitData(CommitData(lastIngest: null));
            writer.Commit();
        }
        // segments_N before segments.gen: the .gen file is only a hint and must not name a commit that is not there yet
        var files = new DirectoryInfo(side).GetFiles()
            .Where(f => f.Name != IndexWriter.WRITE_LOCK_NAME)
            .OrderBy(f => f.Name == IndexFileNames.SEGMENTS_GEN ? 1 : 0)
            .ThenBy(f => f.Name, StringComparer.Ordinal);
        foreach (var file in files) file.MoveTo(Path.Combine(path, file.Name), overwrite: true);
        System.IO.Directory.Delete(side, recursive: true);
    }

    /// <summary>Side folders of first commits whose process died before renaming them in (we hold the write lock).</summary>
    private static void RemoveUnfinishedFirstCommits(string path)
    {
        foreach (var side in System.IO.Directory.EnumerateDirectories(path, FirstCommitFolderPrefix + "*"))
        {
            try { System.IO.Directory.Delete(side, recursive: true); }
            catch (IOException) { } // left for the next writer; it does not touch the index
            catch (UnauthorizedAccessException) { }
        }
    }

    private static IndexWriterConfig Config(Analyzer analyzer, OpenMode mode) => new(PhotoIndex.LuceneVersion, analyzer)
    {
        OpenMode = mode,
        WriteLockTimeout = 0, // we poll ourselves, with cancellation
        RAMBufferSizeMB = 48,
        // A flushed segment is written once as plain files instead of being copied into a compound file (seen at
        // about 2 % of import time); merged segments follow the merge policy as before.
        UseCompoundFile = false,
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

    /// <summary>Safe to call from several threads at once: Lucene indexes each thread's documents in parallel.</summary>
    public void Upsert(PhotoEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Id);
        ThrowIfDisposed();
        var doc = PhotoDocumentBuilder.Build(entry);
        _reads.Write(entry.Id, entry, w => w.UpdateDocument(new Term(IndexFields.Id, entry.Id), doc));
    }

    /// <summary>
    /// Like <see cref="Upsert"/> for an id the caller knows is not in the index (nor being written by another
    /// thread): skips looking for an older version to delete, which a bulk load of new photos does not need.
    /// Adding an id that is there leaves two documents for it. Safe to call from several threads at once.
    /// </summary>
    public void Add(PhotoEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Id);
        ThrowIfDisposed();
        var doc = PhotoDocumentBuilder.Build(entry);
        _reads.Write(entry.Id, entry, w => w.AddDocument(doc));
    }

    public void Delete(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ThrowIfDisposed();
        _reads.Write(id, null, w => w.DeleteDocuments(new Term(IndexFields.Id, id)));
    }

    public void DeleteAll()
    {
        ThrowIfDisposed();
        _reads.Exclusive(w => w.DeleteAll(), deletedAll: true);
    }

    public void UpdateFindings(IReadOnlyDictionary<string, IReadOnlyList<string>> findingsById)
    {
        ArgumentNullException.ThrowIfNull(findingsById);
        ThrowIfDisposed();
        // Read every entry through one reader first: a Get after each Upsert would reopen the near-real-time reader
        // (and flush a tiny segment) once per photo.
        var changed = _reads.Read(searcher =>
        {
            var list = new List<PhotoEntry>();
            foreach (var (id, rules) in findingsById)
            {
                if (string.IsNullOrWhiteSpace(id) || StoredEntries.Find(searcher, id) is not { } entry) continue;
                var sorted = rules.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                if (!entry.Findings.SequenceEqual(sorted, StringComparer.Ordinal)) list.Add(entry with { Findings = sorted });
            }
            return list;
        });
        foreach (var entry in changed) Upsert(entry);
    }

    public void MarkIngested(DateTimeOffset when)
    {
        ThrowIfDisposed();
        lock (_commitGate) _lastIngest = when;
    }

    /// <summary>Segments per tier while compacting after a bulk load (the writer's policy allows 10).</summary>
    private const double CompactSegmentsPerTier = 4;

    /// <summary>
    /// Lets the merge policy work with fewer segments per tier once, and waits for the merges. A million-record
    /// import leaves 18–26 segments (a few large ones and a tier of small ones that the policy allows); compacted it
    /// has about 8, and the search mix's p50 at a million photos fell from 6.9–7.6 ms to 4.9–6.3 ms in alternating runs
    /// (docs/BENCHMARKS.md), for about 10 s of merging.
    /// </summary>
    public void CompactAfterBulkLoad()
    {
        ThrowIfDisposed();
        Commit();
        if (_writer.Config.MergePolicy is not TieredMergePolicy tiers) return;
        lock (_commitGate)
        {
            var allowed = tiers.SegmentsPerTier;
            tiers.SegmentsPerTier = Math.Min(allowed, CompactSegmentsPerTier);
            // Nothing else is indexing now: the merges may have every core (the scheduler runs one at a time on a
            // two-core machine, to leave a core to indexing), so the tiers it picks are merged side by side.
            var scheduler = _writer.Config.MergeScheduler as ConcurrentMergeScheduler;
            var (merges, threads) = (scheduler?.MaxMergeCount ?? 0, scheduler?.MaxThreadCount ?? 0);
            var cores = Math.Max(threads, Environment.ProcessorCount);
            scheduler?.SetMaxMergesAndThreads(Math.Max(merges, cores), cores);
            try
            {
                _writer.MaybeMerge();
                _writer.WaitForMerges();
            }
            finally
            {
                tiers.SegmentsPerTier = allowed;
                scheduler?.SetMaxMergesAndThreads(merges, threads);
            }
        }
        Commit();
    }

    /// <summary>Safe to call while other threads write: what they wrote before the call is in the commit.</summary>
    public void Commit()
    {
        ThrowIfDisposed();
        lock (_commitGate)
        {
            var wanted = CommitData(_lastIngest);
            var current = _writer.CommitData;
            // Setting commit data always makes a new commit point; skip it when nothing would change.
            if (!wanted.All(kv => current.TryGetValue(kv.Key, out var v) && v == kv.Value) || current.Count != wanted.Count)
                _writer.SetCommitData(wanted);
            _writer.Commit();
        }
        // Keeps what the near-real-time reads remember small over a long ingest; a reopen right after a commit only
        // opens the new segments.
        _reads.CatchUp();
    }

    /// <summary>Sees every write so far (a photo written or deleted since the reader was last reopened is answered from memory).</summary>
    public PhotoEntry? Get(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ThrowIfDisposed();
        return _reads.Get(id, searcher => StoredEntries.Find(searcher, id));
    }

    /// <summary>
    /// The stamps of every photo written so far. Keeps no reader open for later when none is (an import reads the
    /// stamps once and then only writes, so its writes need not be remembered).
    /// </summary>
    public IReadOnlyList<FileStamp> ReadStamps()
    {
        var stamps = new List<FileStamp>();
        VisitStamps(stamps.Add);
        return stamps;
    }

    /// <summary>Like <see cref="ReadStamps"/>, one stamp at a time, without a list of them all.</summary>
    public void VisitStamps(Action<FileStamp> visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ThrowIfDisposed();
        if (_reads.IsOpen)
        {
            _reads.Read(searcher =>
            {
                StampReader.Visit(searcher.IndexReader, visit);
                return true;
            });
            return;
        }
        using var reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
        StampReader.Visit(reader, visit);
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _reads.Dispose();
        lock (_commitGate)
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
