using PhotoDesk.Core.Indexing;

namespace PhotoDesk.Tui.State;

/// <summary>
/// The hits of one query, read a page at a time from the index as the table scrolls: a million hits never load at
/// once. Keeps the few pages around the viewport (<see cref="MaxPages"/> × <see cref="PageSize"/> rows); a row that
/// is not loaded yet reads as null and its page is fetched in the background, then <see cref="PageLoaded"/> fires
/// on the UI thread. Thread-safe.
/// </summary>
public sealed class ResultPages
{
    public const int PageSize = 64;
    public const int MaxPages = 4;

    private readonly IPhotoSearcher _searcher;
    private readonly IUiThread _ui;
    private readonly Dictionary<int, IReadOnlyList<SearchHit>> _pages = new();
    private readonly HashSet<int> _loading = [];
    private readonly object _gate = new();
    private readonly TaskTracker _tracker;

    public ResultPages(IPhotoSearcher searcher, IUiThread ui, TaskTracker tracker, SearchRequest request, SearchResult first)
    {
        _searcher = searcher;
        _ui = ui;
        _tracker = tracker;
        Request = request;
        Total = first.Total;
        _pages[0] = first.Hits;
    }

    public static ResultPages Empty(IPhotoSearcher searcher, IUiThread ui, TaskTracker tracker) =>
        new(searcher, ui, tracker, new SearchRequest("*"), new SearchResult(0, 0, [], new Dictionary<string, IReadOnlyList<FacetCount>>()));

    public SearchRequest Request { get; }

    /// <summary>Hits of the query; the table has this many rows.</summary>
    public long Total { get; }

    /// <summary>Raised on the UI thread when a page arrives (redraw the rows).</summary>
    public event Action? PageLoaded;

    /// <summary>The hit at <paramref name="row"/>, or null while its page loads.</summary>
    public SearchHit? Get(int row)
    {
        if (row < 0 || row >= Total) return null;
        var page = row / PageSize;
        lock (_gate)
        {
            if (_pages.TryGetValue(page, out var hits)) return row % PageSize < hits.Count ? hits[row % PageSize] : null;
            if (!_loading.Add(page)) return null;
        }
        _tracker.Run(() => Load(page));
        return null;
    }

    /// <summary>Pages currently held (for tests and the memory bound).</summary>
    public int CachedPages
    {
        get { lock (_gate) return _pages.Count; }
    }

    private void Load(int page)
    {
        SearchResult result;
        try
        {
            result = _searcher.Search(Request with { Offset = page * PageSize, Limit = PageSize, Facets = [] });
        }
        catch (Exception e) when (e is QuerySyntaxException or IndexUnavailableException or ObjectDisposedException or IOException)
        {
            lock (_gate) _loading.Remove(page);
            return;
        }
        lock (_gate)
        {
            _loading.Remove(page);
            _pages[page] = result.Hits;
            // Keep the pages nearest the one just read; the viewport moves from there.
            foreach (var far in _pages.Keys.OrderByDescending(p => Math.Abs(p - page)).Take(Math.Max(0, _pages.Count - MaxPages)).ToList())
                _pages.Remove(far);
        }
        _ui.Post(() => PageLoaded?.Invoke());
    }
}
