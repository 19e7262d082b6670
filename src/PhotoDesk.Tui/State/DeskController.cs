using PhotoDesk.Core.Indexing;

namespace PhotoDesk.Tui.State;

/// <summary>
/// The desk's state: the query, its results (paged), facets, the selected photo and the status line. Searches run
/// off the UI thread, one at a time, the newest typed query next (optionally after a debounce pause); only the newest
/// query's answer is shown (latest wins). The first page comes first, the facet counts right after. Every event is
/// raised on the UI thread. Views read from here and call in; they hold no search logic.
/// </summary>
public sealed class DeskController : IDisposable
{
    public static readonly IReadOnlyList<string> FacetNames = ["photographer", "agency", "city", "country", "date", "keyword"];

    private readonly IPhotoSearcher _searcher;
    private readonly IUiThread _ui;
    private readonly string _indexPath;
    private readonly TimeSpan _debounce;
    private readonly object _searchGate = new();
    private PendingSearch? _pending;
    private bool _searching;
    private long _generation;
    private Timer? _poll;
    private int _polling;
    private string? _selectedId;

    public DeskController(IPhotoSearcher searcher, string indexPath, IUiThread ui, TimeSpan? debounce = null)
    {
        _searcher = searcher;
        _indexPath = indexPath;
        _ui = ui;
        _debounce = debounce ?? TimeSpan.Zero;
        Tasks = new TaskTracker { OnError = e => _ui.Post(() => SetMessage("error: " + e.Message)) };
        Results = ResultPages.Empty(searcher, ui, Tasks);
    }

    public TaskTracker Tasks { get; }
    public IPhotoSearcher Searcher => _searcher;
    public string IndexPath => _indexPath;
    public string Query { get; private set; } = string.Empty;
    public SearchSort Sort { get; private set; } = SearchSort.Relevance;
    public ResultPages Results { get; private set; }
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets { get; private set; } = new Dictionary<string, IReadOnlyList<FacetCount>>();
    public string? QueryError { get; private set; }
    public double TookMs { get; private set; }
    public int SelectedRow { get; private set; }
    public SearchHit? Selected => Results.Get(SelectedRow);
    public DeskStatus Status { get; private set; } = DeskStatus.Unknown;

    /// <summary>New results (or a query error) are in: redraw the table, facets and detail.</summary>
    public event Action? ResultsChanged;
    public event Action? SelectionChanged;
    /// <summary>The facet counts of the query shown arrived (just after its results).</summary>
    public event Action? FacetsChanged;
    public event Action? StatusChanged;

    /// <summary>Starts the background refresh poll (every <paramref name="interval"/>) and the first search.</summary>
    public void Start(TimeSpan interval)
    {
        SearchNow(Query);
        Tasks.Run(Poll);
        _poll = new Timer(_ => Poll(), null, interval, interval);
    }

    /// <summary>The query as typed: searched after a short pause (search as you type).</summary>
    public void QueryTyped(string query) => Schedule(query, _debounce, keepSelection: false);

    /// <summary>The query on Enter: searched at once.</summary>
    public void SearchNow(string query) => Schedule(query, TimeSpan.Zero, keepSelection: false);

    public void SetSort(SearchSort sort)
    {
        Sort = sort;
        Schedule(Query, TimeSpan.Zero, keepSelection: false);
    }

    /// <summary>Adds a facet value as a filter (<c>field:"value"</c>) to the query and searches.</summary>
    public string AddFilter(string field, string value)
    {
        var clause = $"{FilterField(field)}:\"{value.Replace("\"", "", StringComparison.Ordinal)}\"";
        var next = string.IsNullOrWhiteSpace(Query) || Query.Trim() == "*" ? clause : $"{Query.Trim()} AND {clause}";
        SearchNow(next);
        return next;
    }

    private static string FilterField(string facet) => facet switch
    {
        "photographer" => "by",
        "keyword" => "tag",
        _ => facet,
    };

    public void Select(int row)
    {
        if (row == SelectedRow && _selectedId == Selected?.Entry.Id) return;
        SelectedRow = Math.Max(0, row);
        _selectedId = Selected?.Entry.Id;
        SelectionChanged?.Invoke();
    }

    public void SetMessage(string? message)
    {
        Status = Status with { Message = message };
        StatusChanged?.Invoke();
    }

    /// <summary>Reopens the index now (after an edit) and searches the current query again.</summary>
    public void RefreshNow() => Tasks.Run(() => RefreshIndex(force: true));

    private void Schedule(string query, TimeSpan delay, bool keepSelection)
    {
        var search = new PendingSearch(query, Sort, Interlocked.Increment(ref _generation), keepSelection);
        if (delay <= TimeSpan.Zero)
        {
            Enqueue(search);
            return;
        }
        Tasks.Run(() =>
        {
            Thread.Sleep(delay);
            if (Interlocked.Read(ref _generation) == search.Generation) Enqueue(search); // else a newer keystroke came
        });
    }

    /// <summary>
    /// One search runs at a time; a query typed meanwhile waits in the single pending slot, where a newer one replaces
    /// it. So a keystroke is answered after at most the search in flight plus its own, without a fixed pause.
    /// </summary>
    private void Enqueue(PendingSearch search)
    {
        lock (_searchGate)
        {
            _pending = search;
            if (_searching) return;
            _searching = true;
        }
        Tasks.Run(RunPending);
    }

    private void RunPending()
    {
        var drained = false;
        try
        {
            while (TakePending() is { } next)
            {
                if (Interlocked.Read(ref _generation) == next.Generation) RunSearch(next.Query, next.Sort, next.Generation, next.KeepSelection);
            }
            drained = true;
        }
        finally
        {
            if (!drained) Restart(); // a search threw (reported by the task tracker): keep serving the queries after it
        }
    }

    private PendingSearch? TakePending()
    {
        lock (_searchGate)
        {
            var next = _pending;
            _pending = null;
            if (next is null) _searching = false;
            return next;
        }
    }

    private void Restart()
    {
        lock (_searchGate)
        {
            _searching = _pending is not null;
            if (!_searching) return;
        }
        Tasks.Run(RunPending);
    }

    private void RunSearch(string query, SearchSort sort, long generation, bool keepSelection)
    {
        var text = string.IsNullOrWhiteSpace(query) ? "*" : query;
        // The first page alone, so the table refreshes fast; the facet counts (over every hit) follow in their own search.
        var request = new SearchRequest(text) { Limit = ResultPages.PageSize, Sort = sort };
        SearchResult result;
        try
        {
            result = _searcher.Search(request);
        }
        catch (QuerySyntaxException e)
        {
            if (Interlocked.Read(ref _generation) == generation) _ui.Post(() => ShowError(query, e.Message));
            return;
        }
        catch (ArgumentException e)
        {
            if (Interlocked.Read(ref _generation) == generation) _ui.Post(() => ShowError(query, e.Message));
            return;
        }
        var pages = new ResultPages(_searcher, _ui, Tasks, request, result);
        _ui.Post(() =>
        {
            if (Interlocked.Read(ref _generation) != generation) return;
            Apply(query, pages, result, keepSelection);
        });
        Tasks.Run(() => CountFacets(text, generation));
    }

    /// <summary>Facet counts of the query shown; skipped when a newer query came meanwhile.</summary>
    private void CountFacets(string text, long generation)
    {
        if (Interlocked.Read(ref _generation) != generation) return;
        SearchResult counts;
        try
        {
            counts = _searcher.Search(new SearchRequest(text) { Limit = 0, Facets = FacetNames, FacetLimit = 8, Highlight = false });
        }
        catch (Exception e) when (e is QuerySyntaxException or ArgumentException or IndexUnavailableException or ObjectDisposedException or IOException)
        {
            return;
        }
        _ui.Post(() =>
        {
            if (Interlocked.Read(ref _generation) != generation) return;
            Facets = counts.Facets;
            FacetsChanged?.Invoke();
        });
    }

    private void ShowError(string query, string message)
    {
        Query = query;
        QueryError = message;
        ResultsChanged?.Invoke();
    }

    private void Apply(string query, ResultPages pages, SearchResult result, bool keepSelection)
    {
        Query = query;
        QueryError = null;
        TookMs = result.TookMs;
        Results.PageLoaded -= OnPageLoaded;
        Results = pages;
        Results.PageLoaded += OnPageLoaded;
        // Keep the selected photo selected when it is still on the first page (an edit, a refresh).
        var keep = !keepSelection || _selectedId is null ? -1 : result.Hits.ToList().FindIndex(h => h.Entry.Id == _selectedId);
        SelectedRow = keep >= 0 ? keep : 0;
        _selectedId = Selected?.Entry.Id;
        ResultsChanged?.Invoke();
        SelectionChanged?.Invoke();
    }

    private void OnPageLoaded()
    {
        ResultsChanged?.Invoke();
        if (_selectedId != Selected?.Entry.Id)
        {
            _selectedId = Selected?.Entry.Id;
            SelectionChanged?.Invoke();
        }
    }

    private void Poll()
    {
        if (Interlocked.Exchange(ref _polling, 1) == 1) return;
        try { RefreshIndex(force: false); }
        catch (Exception e) when (e is IOException or ObjectDisposedException or IndexUnavailableException) { }
        finally { Interlocked.Exchange(ref _polling, 0); }
    }

    private void RefreshIndex(bool force)
    {
        var changed = _searcher.Refresh();
        var stats = _searcher.GetStats();
        var worker = WriterActivity.Detect(_indexPath, DateTimeOffset.UtcNow);
        var refreshedAt = changed || Status.RefreshedAt is null ? DateTimeOffset.Now : Status.RefreshedAt;
        if (changed || force) Schedule(Query, TimeSpan.Zero, keepSelection: true);
        var next = Status with { PhotoCount = stats.PhotoCount, Worker = worker, RefreshedAt = refreshedAt };
        if (next == Status) return;
        _ui.Post(() =>
        {
            Status = next with { Message = Status.Message };
            StatusChanged?.Invoke();
        });
    }

    private sealed record PendingSearch(string Query, SearchSort Sort, long Generation, bool KeepSelection);

    public void Dispose()
    {
        _poll?.Dispose();
        Interlocked.Increment(ref _generation);
    }
}
