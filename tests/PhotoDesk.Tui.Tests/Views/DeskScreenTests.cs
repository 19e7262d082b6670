using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Tui.Tests.Support;
using PhotoDesk.Tui.Views;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Xunit;

namespace PhotoDesk.Tui.Tests.Views;

[Collection(DeskCollection.Name)]
public sealed class DeskScreenTests(HostileCaptionArchive archive) : IClassFixture<HostileCaptionArchive>
{
    [Fact]
    public void Typing_a_query_shows_the_photos_the_index_finds_for_it()
    {
        using var desk = new DeskHarness(archive.IndexPath, 120, 36);
        desk.Type("by:\"Jae C. Hong\"");

        var expected = desk.Searcher.Search(new SearchRequest("by:\"Jae C. Hong\"") { Limit = 100 });
        Assert.InRange(expected.Total, 2, 20);
        var screen = desk.Screen;
        Assert.Contains($"{expected.Total} photos", screen);
        var rows = desk.ScreenLines.Count(l => l.Contains("Jae C. Hong", StringComparison.Ordinal) && l.Contains("2025-", StringComparison.Ordinal));
        Assert.Equal(expected.Total, rows);
        Assert.DoesNotContain("Ringo Chiu", string.Join('\n', desk.ScreenLines.Take(20)));
    }

    [Fact]
    public void The_narrow_80x24_layout_fits_every_area_on_the_screen()
    {
        using var desk = new DeskHarness(archive.IndexPath, 80, 24);
        var lines = desk.ScreenLines.Where(l => l.Length > 0).ToList();

        Assert.Equal(24, lines.Count);
        Assert.All(lines, l => Assert.True(l.Length <= 80, $"line wider than 80: {l}"));
        Assert.StartsWith("Search:", lines[0]);
        Assert.Contains("Results", lines[2]);
        Assert.Contains(lines, l => l.Contains("Preview", StringComparison.Ordinal) && l.Contains("Detail", StringComparison.Ordinal));
        var total = desk.Searcher.GetStats().PhotoCount;
        Assert.StartsWith($"{total} photos in index", lines[^1]);
        Assert.False(desk.Session.Window.Facets.Visible); // no room for facets at 80 columns until F3
        desk.Press(Key.F3);
        Assert.True(desk.Session.Window.Facets.Visible);
    }

    [Fact]
    public void Facets_opened_with_F3_on_a_narrow_screen_are_fitted_to_the_sidebars_width()
    {
        using var desk = new DeskHarness(archive.IndexPath, 80, 24);
        var facet = desk.Searcher.Search(new SearchRequest("*") { Limit = 0, Facets = ["agency"] }).Facets["agency"][0];
        desk.Press(Key.F3);

        var lines = desk.Session.Window.Facets.Lines;
        Assert.Contains(lines, l => l.TrimStart().StartsWith(facet.Value, StringComparison.Ordinal) && l.TrimEnd().EndsWith($" {facet.Count}", StringComparison.Ordinal));
        Assert.Contains(facet.Value, desk.Screen);
    }

    [Fact]
    public void A_wide_terminal_shows_facets_with_the_counts_of_the_index()
    {
        using var desk = new DeskHarness(archive.IndexPath, 160, 48);
        var facet = desk.Searcher.Search(new SearchRequest("*") { Limit = 0, Facets = ["agency"] }).Facets["agency"][0];

        Assert.True(desk.Session.Window.Facets.Visible);
        var screen = desk.Screen;
        Assert.Contains("Agencies", screen);
        Assert.Contains(desk.Session.Window.Facets.Lines, l => l.TrimStart().StartsWith(facet.Value, StringComparison.Ordinal) && l.TrimEnd().EndsWith($" {facet.Count}", StringComparison.Ordinal));
        Assert.Contains(facet.Value, screen);
    }

    [Fact]
    public void Enter_on_a_facet_adds_it_to_the_query_as_a_filter()
    {
        using var desk = new DeskHarness(archive.IndexPath, 160, 48);
        var facet = desk.Searcher.Search(new SearchRequest("*") { Limit = 0, Facets = ["photographer"] }).Facets["photographer"][0];
        var facets = desk.Session.Window.Facets;
        facets.FocusList();
        var row = facets.Lines.ToList().FindIndex(l => l.TrimStart().StartsWith(facet.Value, StringComparison.Ordinal));
        Assert.True(row > 0);
        for (var i = 0; i < row; i++) desk.Press(Key.CursorDown);
        Assert.Equal(row, facets.SelectedRow);
        desk.Press(Key.Enter);

        Assert.Equal($"by:\"{facet.Value}\"", desk.Session.Window.SearchBar.Query);
        Assert.Equal(facet.Count, desk.Session.Controller.Results.Total);
        Assert.Contains($"{facet.Count} photos", desk.Screen);
    }

    [Fact]
    public void The_detail_pane_says_where_each_value_came_from()
    {
        using var desk = new DeskHarness(archive.IndexPath, 160, 48);
        desk.Type("by:\"Jae C. Hong\"");
        var entry = desk.Session.Controller.Selected!.Entry;
        var source = entry.Provenance[ResolvedFields.Photographers].ToName();

        var lines = desk.Session.Window.Detail.PlainLines().ToList();
        Assert.Contains($"By         {string.Join(", ", entry.Photographers)} [{source}]", lines);
        Assert.Contains(lines, l => l.StartsWith("Caption [", StringComparison.Ordinal));
        Assert.Contains($"[{source}]", desk.Screen);
    }

    [Fact]
    public void The_caption_marks_the_words_the_query_matched()
    {
        using var desk = new DeskHarness(archive.IndexPath, 160, 48);
        desk.Type("Waymo");
        var hit = desk.Session.Controller.Selected!;

        var runs = DetailText.Caption(hit.Entry.Metadata.Description!, hit.Highlight);
        var marked = runs.Where(r => r.Style == RunStyle.Match).Select(r => r.Text.ToLowerInvariant()).ToList();
        Assert.NotEmpty(marked);
        Assert.All(marked, m => Assert.StartsWith("waymo", m));
        Assert.Equal(hit.Entry.Metadata.Description, string.Concat(runs.Select(r => r.Text)));
    }

    [Fact]
    public void Escape_sequences_and_bidi_overrides_in_a_caption_never_reach_the_screen()
    {
        using var desk = new DeskHarness(archive.IndexPath, 160, 48);
        desk.Type("Harmless");

        Assert.Contains("hostile-caption.jpg", desk.Screen);
        var screen = desk.Screen;
        Assert.Contains("RED", screen);
        Assert.Contains("LINK", screen);
        foreach (var bad in new[] { '\u001B', '\u0007', '\u009B', '\u202E', '\u202C' })
            Assert.DoesNotContain(bad, screen);
        Assert.DoesNotContain("]8;;", screen);
        Assert.DoesNotContain("pwned-title", screen);
        Assert.DoesNotContain("[31m", screen);
        Assert.All(desk.Session.Window.Detail.PlainLines(), l => Assert.DoesNotContain('\u001B', l));
    }

    [Fact]
    public void F1_shows_every_key_and_Esc_closes_the_help()
    {
        using var desk = new DeskHarness(archive.IndexPath, 160, 48);
        desk.Press(Key.F1);

        var screen = desk.Screen;
        Assert.Contains("Keys", screen);
        Assert.All(DeskKeys.All, k => Assert.Contains(k.Keys, screen));
        desk.Press(Key.Esc);
        Assert.DoesNotContain("search as you type", desk.Screen);
    }

    [Fact]
    public void The_credits_view_shows_the_seeds_name_variants()
    {
        using var desk = new DeskHarness(archive.IndexPath, 120, 36);
        desk.Press(Key.F4);

        var screen = desk.Screen;
        Assert.Contains("Ringo Ciu ×1 → Ringo Chiu ×", screen);
        Assert.Contains("Jae Hong ×1 → Jae C. Hong ×", screen);
    }

    [Fact]
    public void Sorting_by_date_puts_the_newest_photo_first()
    {
        using var desk = new DeskHarness(archive.IndexPath, 120, 36);
        desk.Session.Window.Results.SetFocus();
        desk.Press(new Key('s'));

        Assert.Contains("sort: date ↓", desk.Screen);
        var newest = desk.Searcher.Search(new SearchRequest("*") { Limit = 1, Sort = SearchSort.DateDescending }).Hits[0].Entry;
        Assert.Equal(newest.Id, desk.Session.Controller.Selected!.Entry.Id);
    }

    [Fact]
    public void A_bad_query_is_explained_inline_under_the_search_line()
    {
        using var desk = new DeskHarness(archive.IndexPath, 80, 24);
        desk.Type("date:[2025 TO");

        var line = desk.ScreenLines[1];
        Assert.StartsWith("✗ ", line);
        var error = desk.Session.Controller.QueryError;
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.Contains(error[..Math.Min(error.Length, 40)], line);
    }

    [Fact]
    public void The_detail_pane_lists_the_credit_findings_of_the_photo()
    {
        using var desk = new DeskHarness(archive.IndexPath, 160, 48);
        desk.Type("by:\"Ringo Ciu\"");

        Assert.Equal(1, desk.Session.Controller.Results.Total);
        var findings = desk.Session.Window.Detail.PlainLines().Where(l => l.StartsWith("Finding", StringComparison.Ordinal)).ToList();
        Assert.Contains(findings, l => l.Contains("spelling-variant", StringComparison.Ordinal));
        Assert.Contains("spelling-variant", desk.Screen);
    }

    [Fact]
    public void The_mouse_selects_a_row_and_a_click_on_the_date_header_sorts()
    {
        using var desk = new DeskHarness(archive.IndexPath, 120, 36);
        var header = desk.ScreenLines.ToList().FindIndex(l => l.Contains("Date      │Photographer", StringComparison.Ordinal));
        var x = desk.ScreenLines[header].IndexOf("Date", StringComparison.Ordinal);
        Assert.True(header > 0 && x >= 0);

        desk.App.InjectSequence(InputInjectionExtensions.LeftButtonClick(new System.Drawing.Point(x + 1, header + 4)));
        desk.Settle();
        Assert.Equal(2, desk.Session.Controller.SelectedRow);

        desk.App.InjectSequence(InputInjectionExtensions.LeftButtonClick(new System.Drawing.Point(x + 1, header)));
        desk.Settle();
        Assert.Equal(SearchSort.DateDescending, desk.Session.Controller.Sort);
        Assert.Contains("sort: date ↓", desk.Screen);
    }

    [Fact]
    public void Up_in_the_search_bar_brings_back_the_previous_query()
    {
        using var desk = new DeskHarness(archive.IndexPath, 120, 36);
        desk.Type("city:Paramount");
        desk.Press(Key.Enter);
        desk.Session.Window.SearchBar.SetQuery("", search: false);
        desk.Type("Waymo");
        desk.Press(Key.Enter);

        desk.Press(Key.CursorUp);
        desk.Press(Key.CursorUp);
        Assert.Equal("city:Paramount", desk.Session.Window.SearchBar.Query);
        Assert.Equal("city:Paramount", desk.Session.Controller.Query);
    }

    [Fact]
    public void Question_mark_outside_the_search_bar_opens_the_help()
    {
        using var desk = new DeskHarness(archive.IndexPath, 120, 36);
        desk.Session.Window.Results.SetFocus();
        desk.Press(new Key('?'));

        Assert.True(desk.Session.Window.Help.Visible);
        desk.Press(new Key('?'));
        Assert.False(desk.Session.Window.Help.Visible);
    }
}
