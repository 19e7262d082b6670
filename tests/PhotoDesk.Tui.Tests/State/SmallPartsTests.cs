using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Tui.Imaging;
using PhotoDesk.Tui.State;
using PhotoDesk.Tui.Views;
using Xunit;

namespace PhotoDesk.Tui.Tests.State;

public sealed class SmallPartsTests
{
    [Fact]
    public void History_walks_back_and_forward_like_a_shell()
    {
        var history = new SearchHistory();
        history.Add("by:ringo");
        history.Add("city:Paramount");

        Assert.Equal("city:Paramount", history.Older());
        Assert.Equal("by:ringo", history.Older());
        Assert.Equal("by:ringo", history.Older()); // the oldest stays
        Assert.Equal("city:Paramount", history.Newer());
        Assert.Equal("", history.Newer()); // past the newest: an empty line
    }

    [Theory]
    [InlineData(0, SearchSort.Relevance, SearchSort.DateDescending)]                // date: newest first
    [InlineData(0, SearchSort.DateDescending, SearchSort.DateAscending)]            // the same column again reverses
    [InlineData(0, SearchSort.DateAscending, SearchSort.DateDescending)]            // and back
    [InlineData(1, SearchSort.DateDescending, SearchSort.PhotographerAscending)]    // another column: A→Z
    [InlineData(1, SearchSort.PhotographerAscending, SearchSort.PhotographerDescending)]
    [InlineData(2, SearchSort.Relevance, SearchSort.AgencyAscending)]
    [InlineData(3, SearchSort.PlaceAscending, SearchSort.PlaceDescending)]
    public void Choosing_a_column_sorts_by_it_and_choosing_it_again_reverses(int column, SearchSort current, SearchSort expected)
    {
        Assert.Equal(expected, ResultSort.ForColumn(column, current));
        Assert.Equal(column, ResultSort.ColumnOf(expected));
    }

    [Fact]
    public void A_long_caption_is_sanitised_before_it_is_cut_so_no_piece_of_an_escape_sequence_shows()
    {
        // The OSC 8 link starts just before the cut: cutting first would leave "]8;;http://evil.exa" as text.
        var caption = new string('a', ResultsSource.HeadlineLength - 3) + "\u001B]8;;http://evil.example/\u0007LINK\u001B]8;;\u0007 tail";
        var entry = new PhotoEntry { Id = "x", Path = "/a/x.jpg", Metadata = new PhotoMetadata { Path = "/a/x.jpg", Description = caption } };

        Assert.Equal(new string('a', ResultsSource.HeadlineLength - 3) + "LIN", ResultsSource.Cell(entry, 4));
    }

    [Fact]
    public void The_headline_column_cannot_be_sorted_and_s_cycles_through_every_sortable_column()
    {
        Assert.Null(ResultSort.ForColumn(4, SearchSort.Relevance));
        var seen = new List<SearchSort>();
        for (var sort = ResultSort.Next(SearchSort.Relevance); sort != SearchSort.Relevance; sort = ResultSort.Next(sort)) seen.Add(sort);
        Assert.Equal([SearchSort.DateDescending, SearchSort.PhotographerAscending, SearchSort.AgencyAscending, SearchSort.PlaceAscending], seen);
    }

    [Theory]
    [InlineData(255, 0, 0, 255, 0, 0)]       // a cube corner is itself
    [InlineData(128, 128, 128, 128, 128, 128)] // mid grey: the grey ramp
    [InlineData(250, 120, 10, 255, 135, 0)]  // orange: nearest cube entry
    [InlineData(3, 3, 3, 0, 0, 0)]           // near black: black
    public void The_256_colour_fallback_picks_the_nearest_palette_colour(int r, int g, int b, int er, int eg, int eb)
    {
        Assert.Equal(((byte)er, (byte)eg, (byte)eb), XtermPalette.Nearest((byte)r, (byte)g, (byte)b));
        Assert.InRange(XtermPalette.Index((byte)r, (byte)g, (byte)b), 16, 255);
    }

    [Fact]
    public void Wrapping_keeps_every_word_and_respects_the_width()
    {
        var runs = new[] { TextRun.Of("Protesters gather outside the "), TextRun.Of("federal", RunStyle.Match), TextRun.Of(" building in Los Angeles on Sunday.") };
        var lines = StyledText.Wrap(runs, 20);

        Assert.All(lines, l => Assert.True(l.Sum(r => r.Text.Length) <= 20));
        Assert.Equal("Protesters gather outside the federal building in Los Angeles on Sunday.",
            string.Join(" ", lines.Select(l => string.Concat(l.Select(r => r.Text)).Trim())));
        Assert.Contains(lines.SelectMany(l => l), r => r.Text == "federal" && r.Style == RunStyle.Match);
    }

    [Fact]
    public void Runs_are_sanitised_when_made()
    {
        Assert.Equal("redtext", TextRun.Of("\u001B[31mred\u001B[0m\u202Etext").Text);
    }

    [Fact]
    public void A_long_change_is_cut_to_the_part_that_differs()
    {
        var before = "A protester reacts as law enforcement officers advance during a rally in Paramount, California. (Ringo Ciu/AFP via Getty Images)";
        var after = before.Replace("Ringo Ciu", "Ringo Chiu", StringComparison.Ordinal);

        var text = ChangeText.Describe(before, after);
        Assert.Contains("Ringo Ciu/AFP", text);
        Assert.Contains("→", text);
        Assert.Contains("Ringo Chiu/AFP", text);
        Assert.True(text.Length < before.Length, text);
        Assert.Equal("Ringo Ciu → Ringo Chiu", ChangeText.Describe("Ringo Ciu", "Ringo Chiu"));
    }
}
