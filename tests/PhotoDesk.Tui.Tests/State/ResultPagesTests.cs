using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Index;
using PhotoDesk.Testing;
using PhotoDesk.Tui.State;
using PhotoDesk.Tui.Tests.Support;
using Xunit;

namespace PhotoDesk.Tui.Tests.State;

/// <summary>A real Lucene index of 1,000 synthetic photos, to page through.</summary>
public sealed class ThousandPhotoIndex : IDisposable
{
    private readonly TempDirectory _temp = new("tui-pages");

    public ThousandPhotoIndex()
    {
        IndexPath = _temp.Combine("index");
        using var writer = PhotoIndex.OpenWriter(IndexPath);
        for (var i = 0; i < Count; i++)
        {
            var path = $"/archive/photo-{i:D4}.jpg";
            writer.Upsert(new PhotoEntry
            {
                Id = $"id{i:D4}",
                Path = path,
                Metadata = new PhotoMetadata { Path = path, Description = $"Protesters gather downtown, picture {i}" },
                Photographers = [i % 2 == 0 ? "Ringo Chiu" : "Jae C. Hong"],
            });
        }
        writer.Commit();
    }

    public const int Count = 1000;
    public string IndexPath { get; }

    public void Dispose() => _temp.Dispose();
}

public sealed class ResultPagesTests(ThousandPhotoIndex index) : IClassFixture<ThousandPhotoIndex>
{
    [Fact]
    public async Task A_row_far_down_loads_its_page_in_the_background_and_matches_the_index()
    {
        using var searcher = PhotoIndex.OpenSearcher(index.IndexPath);
        var ui = new QueuedUiThread();
        var tasks = new TaskTracker();
        var request = new SearchRequest("protesters") { Limit = ResultPages.PageSize };
        var pages = new ResultPages(searcher, ui, tasks, request, searcher.Search(request));
        var loaded = 0;
        pages.PageLoaded += () => loaded++;

        Assert.Equal(ThousandPhotoIndex.Count, pages.Total);
        Assert.Null(pages.Get(900)); // not loaded yet: the table shows a placeholder
        await tasks.WhenIdle(TimeSpan.FromSeconds(30));
        ui.Drain();

        Assert.Equal(1, loaded);
        var expected = searcher.Search(request with { Offset = 900, Limit = 1 }).Hits[0].Entry.Id;
        Assert.Equal(expected, pages.Get(900)!.Entry.Id);
    }

    [Fact]
    public async Task Scrolling_through_every_hit_keeps_only_a_few_pages_in_memory()
    {
        using var searcher = PhotoIndex.OpenSearcher(index.IndexPath);
        var ui = new QueuedUiThread();
        var tasks = new TaskTracker();
        var request = new SearchRequest("*") { Limit = ResultPages.PageSize };
        var pages = new ResultPages(searcher, ui, tasks, request, searcher.Search(request));
        var seen = new HashSet<string>();

        for (var row = 0; row < pages.Total; row++)
        {
            var hit = pages.Get(row);
            if (hit is null)
            {
                await tasks.WhenIdle(TimeSpan.FromSeconds(30));
                hit = pages.Get(row);
            }
            seen.Add(hit!.Entry.Id);
            Assert.InRange(pages.CachedPages, 1, ResultPages.MaxPages);
        }
        Assert.Equal(ThousandPhotoIndex.Count, seen.Count);
    }

    [Theory]
    [InlineData(SearchSort.PhotographerAscending, "Ringo Chiu")]  // Jae C. Hong ×500 first, so row 900 is Ringo's
    [InlineData(SearchSort.PhotographerDescending, "Jae C. Hong")] // reversed
    public async Task A_sorted_query_still_pages_from_the_index_in_the_sorted_order(SearchSort sort, string photographerAt900)
    {
        using var searcher = PhotoIndex.OpenSearcher(index.IndexPath);
        var ui = new QueuedUiThread();
        using var desk = new DeskController(searcher, index.IndexPath, ui, TimeSpan.Zero);
        desk.SetSort(sort);
        await desk.Tasks.WhenIdle(TimeSpan.FromSeconds(30));
        ui.Drain();

        Assert.Equal(sort, desk.Results.Request.Sort);
        Assert.Null(desk.Results.Get(900)); // paged: not loaded with the first page
        await desk.Tasks.WhenIdle(TimeSpan.FromSeconds(30));
        ui.Drain();
        var hit = desk.Results.Get(900)!;
        Assert.Equal(photographerAt900, hit.Entry.Photographers[0]);
        Assert.Equal(searcher.Search(new SearchRequest("*") { Sort = sort, Offset = 900, Limit = 1 }).Hits[0].Entry.Id, hit.Entry.Id);
        Assert.InRange(desk.Results.CachedPages, 1, ResultPages.MaxPages);
    }

    [Fact]
    public async Task Only_the_newest_query_typed_is_shown()
    {
        using var searcher = PhotoIndex.OpenSearcher(index.IndexPath);
        var ui = new QueuedUiThread();
        using var desk = new DeskController(searcher, index.IndexPath, ui, TimeSpan.FromMilliseconds(50));
        var shown = 0;
        desk.ResultsChanged += () => shown++;

        desk.QueryTyped("p");
        desk.QueryTyped("pr");
        desk.QueryTyped("by:\"Jae C. Hong\"");
        await desk.Tasks.WhenIdle(TimeSpan.FromSeconds(30));
        ui.Drain();

        Assert.Equal(1, shown);
        Assert.Equal("by:\"Jae C. Hong\"", desk.Query);
        Assert.Equal(searcher.Search(new SearchRequest("by:\"Jae C. Hong\"")).Total, desk.Results.Total);
    }

    [Fact]
    public async Task Without_a_debounce_fast_typing_ends_on_the_newest_query_never_on_a_stale_one()
    {
        using var searcher = PhotoIndex.OpenSearcher(index.IndexPath);
        var ui = new QueuedUiThread();
        using var desk = new DeskController(searcher, index.IndexPath, ui, TimeSpan.Zero);
        var shown = new List<string>();
        desk.ResultsChanged += () => shown.Add(desk.Query);
        var typed = "by:\"Jae C. Hong\"";

        for (var i = 1; i <= typed.Length; i++) desk.QueryTyped(typed[..i]);
        await desk.Tasks.WhenIdle(TimeSpan.FromSeconds(30));
        ui.Drain();

        Assert.Equal(typed, desk.Query);
        Assert.Null(desk.QueryError);
        Assert.Equal(searcher.Search(new SearchRequest(typed)).Total, desk.Results.Total);
        Assert.InRange(shown.Count, 1, typed.Length);
        Assert.Equal(typed, shown[^1]);
    }

    [Fact]
    public async Task A_bad_query_is_reported_and_the_last_results_stay()
    {
        using var searcher = PhotoIndex.OpenSearcher(index.IndexPath);
        var ui = new QueuedUiThread();
        using var desk = new DeskController(searcher, index.IndexPath, ui, TimeSpan.Zero);
        desk.SearchNow("protesters");
        await desk.Tasks.WhenIdle(TimeSpan.FromSeconds(30));
        ui.Drain();

        desk.SearchNow("date:[2025 TO");
        await desk.Tasks.WhenIdle(TimeSpan.FromSeconds(30));
        ui.Drain();

        Assert.False(string.IsNullOrWhiteSpace(desk.QueryError));
        Assert.Equal(ThousandPhotoIndex.Count, desk.Results.Total);
    }
}
