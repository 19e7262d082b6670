using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Analysis;
using PhotoDesk.Index.Facets;
using PhotoDesk.Index.Querying;
using PhotoDesk.Index.Schema;

namespace PhotoDesk.Index.Searching;

/// <summary>
/// Searches the newest commit of an index through a <see cref="SearcherManager"/>; <see cref="Refresh"/> picks up
/// commits of a writer in this or another process. Thread-safe.
/// </summary>
public sealed class PhotoSearcher : IPhotoSearcher
{
    private readonly FSDirectory _directory;
    private readonly SearcherManager _manager;
    private readonly Analyzer _fieldAnalyzer;
    private readonly Analyzer _unqualifiedAnalyzer;
    private readonly PhotoQueries _queries;
    private readonly WholeIndexTerms _terms = new();
    private volatile string? _rebuildMessage;
    private bool _disposed;

    private PhotoSearcher(string indexPath, FSDirectory directory, SearcherManager manager)
    {
        IndexPath = indexPath;
        _directory = directory;
        _manager = manager;
        _fieldAnalyzer = PhotoAnalyzers.CreateIndexAnalyzer();
        _unqualifiedAnalyzer = PhotoAnalyzers.CreateUnqualifiedAnalyzer();
        _queries = new PhotoQueries(_fieldAnalyzer, _unqualifiedAnalyzer);
    }

    public string IndexPath { get; }

    internal static PhotoSearcher Open(string indexPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexPath);
        var full = Path.GetFullPath(indexPath);
        if (!System.IO.Directory.Exists(full)) throw Missing(full);
        var directory = FSDirectory.Open(full);
        try
        {
            if (!DirectoryReader.IndexExists(directory)) throw Missing(full);
            SearcherManager manager;
            try
            {
                manager = new SearcherManager(directory, new SliceableIndexSearcher.Factory());
            }
            catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException)
            {
                throw new IndexUnavailableException(full, $"the index at {full} cannot be read ({e.Message.Split('\n')[0]}): run 'photodesk reindex'", true, e);
            }
            var searcher = new PhotoSearcher(full, directory, manager);
            searcher.CheckFormat();
            if (searcher._rebuildMessage is { } message)
            {
                searcher.Dispose();
                throw new IndexUnavailableException(full, message, needsRebuild: true);
            }
            return searcher;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    private static IndexUnavailableException Missing(string path) =>
        new(path, $"no index at {path}: run 'photodesk ingest PATH' (or pass --index DIR)", needsRebuild: false);

    public SearchResult Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ThrowIfUnusable();
        var clock = Stopwatch.StartNew();
        foreach (var facet in request.Facets)
        {
            if (!FacetFields.IsKnown(facet))
                throw new ArgumentException($"unknown facet '{facet}' (known: {string.Join(", ", FacetFields.All)})", nameof(request));
        }
        var offset = Math.Max(0, request.Offset);
        var limit = Math.Max(0, request.Limit);
        var query = _queries.Parse(request.Query);
        cancellationToken.ThrowIfCancellationRequested();

        var searcher = _manager.Acquire();
        try
        {
            var sort = SortBuilder.For(request.Sort);
            var facets = request.Facets.Count > 0 ? new FacetCollector(request.Facets, cancellationToken) : null;
            Query rewritten;
            TopDocs found;
            try
            {
                // Rewritten once (fuzzy and prefix words expanded), for the search and the highlighter alike.
                rewritten = searcher.Rewrite(query);
                found = facets is null && SlicedTopDocs.Slices(searcher.IndexReader, Environment.ProcessorCount) is { } slices
                    ? SlicedTopDocs.Search((SliceableIndexSearcher)searcher, slices, rewritten, sort, offset, limit, cancellationToken)
                    : SearchInOneThread(searcher, rewritten, sort, facets, offset, limit);
            }
            catch (BooleanQuery.TooManyClausesException e)
            {
                throw new QuerySyntaxException("the query expands to too many terms; make wildcard or fuzzy words more specific", e);
            }
            cancellationToken.ThrowIfCancellationRequested();

            var page = limit == 0 ? [] : found.ScoreDocs;
            var highlighter = request.Highlight && page.Length > 0 ? new CaptionHighlighter(rewritten, _fieldAnalyzer) : null;
            var hits = new List<SearchHit>(page.Length);
            foreach (var scoreDoc in page)
            {
                var entry = StoredEntries.Load(searcher, scoreDoc.Doc);
                var score = float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score;
                hits.Add(new SearchHit(entry, score, highlighter?.Highlight(entry.Metadata.Description)));
            }
            var facetCounts = facets?.Result(request.FacetLimit)
                              ?? new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
            return new SearchResult(found.TotalHits, clock.Elapsed.TotalMilliseconds, hits, facetCounts);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>The page of hits, with facet counts collected on the way when asked for.</summary>
    private static TopDocs SearchInOneThread(IndexSearcher searcher, Query query, Sort? sort, FacetCollector? facets, int offset, int limit)
    {
        var top = SlicedTopDocs.TopCollector(sort, SlicedTopDocs.HitsToCollect(offset, limit, searcher.IndexReader.MaxDoc), forMerge: false);
        searcher.Search(query, facets is null ? top : MultiCollector.Wrap(top, facets));
        var page = top.GetTopDocs(offset, limit); // counts no hits when the page is empty: the total comes from the collector
        return new TopDocs(top.TotalHits, page.ScoreDocs, page.MaxScore);
    }

    public PhotoEntry? Get(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ThrowIfUnusable();
        var searcher = _manager.Acquire();
        try
        {
            return StoredEntries.Find(searcher, id);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    public IndexStats GetStats()
    {
        ThrowIfDisposed();
        var searcher = _manager.Acquire();
        try
        {
            var userData = ((DirectoryReader)searcher.IndexReader).IndexCommit.UserData;
            return new IndexStats(
                searcher.IndexReader.NumDocs,
                PhotoIndex.SizeOnDisk(IndexPath),
                IndexFormat.ReadLastIngest(userData),
                IndexPath,
                IndexFormat.ReadVersion(userData) ?? 0);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    public IReadOnlyList<FacetCount> Terms(string facetField, int limit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(facetField);
        if (!FacetFields.IsKnown(facetField))
            throw new ArgumentException($"unknown facet '{facetField}' (known: {string.Join(", ", FacetFields.All)})", nameof(facetField));
        ThrowIfUnusable();
        var searcher = _manager.Acquire();
        try
        {
            return _terms.Get(searcher, facetField).Take(Math.Max(0, limit)).ToList();
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    public IReadOnlyList<FacetCount> Terms(string facetField, string prefix, int limit)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Trim().Length == 0) return Terms(facetField, limit);
        ArgumentException.ThrowIfNullOrWhiteSpace(facetField);
        if (!FacetFields.IsKnown(facetField))
            throw new ArgumentException($"unknown facet '{facetField}' (known: {string.Join(", ", FacetFields.All)})", nameof(facetField));
        ThrowIfUnusable();
        var searcher = _manager.Acquire();
        try
        {
            return _terms.WithPrefix(searcher, facetField, prefix, Math.Max(0, limit));
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    public IReadOnlyList<string> AllIds(string query, CancellationToken cancellationToken = default)
    {
        ThrowIfUnusable();
        var parsed = _queries.Parse(query);
        var searcher = _manager.Acquire();
        try
        {
            var collector = new IdCollector(cancellationToken);
            searcher.Search(parsed, collector);
            return collector.Ids;
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    public IEnumerable<PhotoEntry> Entries(string query, CancellationToken cancellationToken = default)
    {
        ThrowIfUnusable();
        var parsed = _queries.Parse(query); // parse errors surface at the call, not at the first MoveNext
        return EntriesOf(parsed, cancellationToken);
    }

    private IEnumerable<PhotoEntry> EntriesOf(Query query, CancellationToken cancellationToken)
    {
        var searcher = _manager.Acquire();
        try
        {
            var collector = new DocIdCollector(cancellationToken);
            searcher.Search(query, collector);
            foreach (var doc in collector.Docs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return StoredEntries.Load(searcher, doc);
            }
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    public bool Refresh()
    {
        ThrowIfDisposed();
        var before = _manager.Acquire();
        _manager.Release(before);
        _manager.MaybeRefreshBlocking();
        var after = _manager.Acquire();
        _manager.Release(after);
        if (ReferenceEquals(before, after)) return false;
        CheckFormat();
        return true;
    }

    /// <summary>A writer of another PhotoDesk version may have rebuilt the index under us: refuse to misread it.</summary>
    private void CheckFormat()
    {
        var searcher = _manager.Acquire();
        try
        {
            var version = IndexFormat.ReadVersion(((DirectoryReader)searcher.IndexReader).IndexCommit.UserData);
            _rebuildMessage = version == IndexFormat.Current
                ? null
                : $"index needs rebuild: the index at {IndexPath} has format {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"} "
                  + $"(this PhotoDesk reads {IndexFormat.Current}); run 'photodesk reindex'";
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    private void ThrowIfUnusable()
    {
        ThrowIfDisposed();
        if (_rebuildMessage is { } message) throw new IndexUnavailableException(IndexPath, message, needsRebuild: true);
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _manager.Dispose();
        _fieldAnalyzer.Dispose();
        _unqualifiedAnalyzer.Dispose();
        _directory.Dispose();
    }
}
