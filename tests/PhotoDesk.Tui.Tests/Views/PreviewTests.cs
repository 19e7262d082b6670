using PhotoDesk.Tui.Imaging;
using PhotoDesk.Tui.Tests.Support;
using Xunit;

namespace PhotoDesk.Tui.Tests.Views;

[Collection(DeskCollection.Name)]
public sealed class PreviewTests(HostileCaptionArchive archive) : IClassFixture<HostileCaptionArchive>
{
    [Fact]
    public void The_thumbnail_is_drawn_with_half_blocks_in_true_colour()
    {
        using var desk = new DeskHarness(archive.IndexPath, 120, 36, trueColor: true);
        var image = desk.Session.Window.Preview.Image;

        Assert.NotNull(image);
        Assert.Contains('▀', desk.Screen);
        var cells = HalfBlockCells(desk);
        Assert.True(cells.Count >= image.Width * Math.Min(image.Rows, 5), $"{cells.Count} half-block cells");
        // Two pixels per cell: the foreground is the upper pixel, the background the lower one.
        Assert.Contains(cells, c => c.Foreground != c.Background);
    }

    [Fact]
    public void Without_true_colour_the_thumbnail_uses_the_256_colour_palette()
    {
        using var desk = new DeskHarness(archive.IndexPath, 120, 36, trueColor: false);

        var cells = HalfBlockCells(desk);
        Assert.NotEmpty(cells);
        Assert.All(cells, c =>
        {
            Assert.Equal(XtermPalette.Nearest(c.Foreground.R, c.Foreground.G, c.Foreground.B), (c.Foreground.R, c.Foreground.G, c.Foreground.B));
            Assert.Equal(XtermPalette.Nearest(c.Background.R, c.Background.G, c.Background.B), (c.Background.R, c.Background.G, c.Background.B));
        });
    }

    private static List<(Terminal.Gui.Drawing.Color Foreground, Terminal.Gui.Drawing.Color Background)> HalfBlockCells(DeskHarness desk)
    {
        var contents = desk.App.Driver!.Contents!;
        var found = new List<(Terminal.Gui.Drawing.Color, Terminal.Gui.Drawing.Color)>();
        for (var y = 0; y < contents.GetLength(0); y++)
            for (var x = 0; x < contents.GetLength(1); x++)
                if (contents[y, x].Grapheme == "▀" && contents[y, x].Attribute is { } a) found.Add((a.Foreground, a.Background));
        return found;
    }
}
