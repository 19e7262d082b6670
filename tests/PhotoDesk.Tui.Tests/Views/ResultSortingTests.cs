using PhotoDesk.Core.Indexing;
using PhotoDesk.Tui.Tests.Support;
using PhotoDesk.Tui.Views;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Xunit;

namespace PhotoDesk.Tui.Tests.Views;

[Collection(DeskCollection.Name)]
public sealed class ResultSortingTests(SampleArchive archive) : IClassFixture<SampleArchive>
{
    [Fact]
    public void Key_2_sorts_the_rows_by_photographer_as_the_index_orders_them_and_the_header_shows_the_arrow()
    {
        using var desk = new DeskHarness(archive.IndexPath, 120, 36);
        var before = Column(desk, "Photographer");
        desk.Session.Window.Results.SetFocus();
        desk.Press(new Key('2'));

        Assert.Equal(SearchSort.PhotographerAscending, desk.Session.Controller.Sort);
        var shown = Column(desk, "Photographer ↑");
        var expected = Photographers(desk, SearchSort.PhotographerAscending, shown.Count);
        Assert.True(shown.Count >= 10, $"only {shown.Count} rows on screen");
        Assert.Equal(expected, shown);
        Assert.NotEqual(before, shown); // relevance order differs, so the order seen is the sort's doing
        Assert.True(string.Compare(shown[0], shown[^1], StringComparison.OrdinalIgnoreCase) < 0, $"{shown[0]} before {shown[^1]}");
        Assert.Contains("sort: photographer ↑", desk.Screen);
    }

    [Fact]
    public void Pressing_the_same_sort_key_again_reverses_the_order()
    {
        using var desk = new DeskHarness(archive.IndexPath, 120, 36);
        desk.Session.Window.Results.SetFocus();
        desk.Press(new Key('2'));
        var ascending = Column(desk, "Photographer ↑");
        desk.Press(new Key('2'));

        Assert.Equal(SearchSort.PhotographerDescending, desk.Session.Controller.Sort);
        var descending = Column(desk, "Photographer ↓");
        Assert.Equal(Photographers(desk, SearchSort.PhotographerDescending, descending.Count), descending);
        Assert.NotEqual(ascending[0], descending[0]);
        Assert.DoesNotContain("Photographer ↑", desk.Screen);
        desk.Press(new Key('0'));
        Assert.Equal(SearchSort.Relevance, desk.Session.Controller.Sort);
        Assert.DoesNotContain("Photographer ↓", desk.Screen);
    }

    [Theory]
    [InlineData("Agency", SearchSort.AgencyAscending)] // names A→Z first
    [InlineData("Place", SearchSort.PlaceAscending)]   // city, then country
    [InlineData("Date", SearchSort.DateDescending)]    // newest first
    public void A_click_on_a_column_header_sorts_by_that_column(string header, SearchSort sort)
    {
        using var desk = new DeskHarness(archive.IndexPath, 120, 36);
        var (line, x) = Header(desk, header);

        desk.App.InjectSequence(InputInjectionExtensions.LeftButtonClick(new System.Drawing.Point(x + 1, line)));
        desk.Settle();

        Assert.Equal(sort, desk.Session.Controller.Sort);
        var first = desk.Searcher.Search(new SearchRequest("*") { Limit = 1, Sort = sort }).Hits[0].Entry;
        Assert.Equal(first.Id, desk.Session.Controller.Selected!.Entry.Id);
        Assert.Contains($"{header} {(sort == SearchSort.DateDescending ? "↓" : "↑")}", desk.ScreenLines[line]);
    }

    [Fact]
    public void End_goes_to_the_last_result_of_the_sorted_order()
    {
        using var desk = new DeskHarness(archive.IndexPath, 120, 36);
        desk.Session.Window.Results.SetFocus();
        desk.Press(new Key('3'));
        desk.Press(Key.End);

        var pages = desk.Session.Controller.Results;
        Assert.Equal(SearchSort.AgencyAscending, pages.Request.Sort);
        Assert.Equal(pages.Total - 1, desk.Session.Controller.SelectedRow);
        var last = desk.Searcher.Search(new SearchRequest("*") { Limit = 1, Offset = (int)pages.Total - 1, Sort = SearchSort.AgencyAscending }).Hits[0].Entry;
        Assert.Equal(last.Id, desk.Session.Controller.Selected!.Entry.Id);
    }

    private static List<string> Photographers(DeskHarness desk, SearchSort sort, int count) =>
        desk.Searcher.Search(new SearchRequest("*") { Limit = count, Sort = sort, Highlight = false }).Hits
            .Select(h => ResultsSource.Cell(h.Entry, 1)).ToList();

    private static (int Line, int X) Header(DeskHarness desk, string header)
    {
        var lines = desk.ScreenLines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Contains("Photographer", StringComparison.Ordinal)) continue;
            var x = lines[i].IndexOf(header, StringComparison.Ordinal);
            if (x >= 0) return (i, x);
        }
        throw new Xunit.Sdk.XunitException($"no header {header} on the screen:\n{desk.Screen}");
    }

    /// <summary>The text of one column of the table on screen, row by row (cells cut to the column's width).</summary>
    private static List<string> Column(DeskHarness desk, string header)
    {
        var (line, x) = Header(desk, header);
        var table = desk.Session.Window.Results.Frame;
        var cells = new List<string>();
        foreach (var row in desk.ScreenLines.Take(table.Bottom - 1).Skip(line + 1))
        {
            if (row.Length <= x) break;
            var end = row.IndexOf('│', x);
            var cell = (end < 0 ? row[x..] : row[x..end]).Trim();
            if (cell.StartsWith('─')) continue;
            if (cell.Length == 0 || cell.StartsWith('╰')) break;
            cells.Add(cell);
        }
        return cells;
    }
}
