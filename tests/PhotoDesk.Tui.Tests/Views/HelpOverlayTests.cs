using PhotoDesk.Tui.Tests.Support;
using PhotoDesk.Tui.Views;
using Terminal.Gui.Input;
using Xunit;

namespace PhotoDesk.Tui.Tests.Views;

[Collection(DeskCollection.Name)]
public sealed class HelpOverlayTests(SampleArchive archive) : IClassFixture<SampleArchive>
{
    private static readonly (string Keys, string Does) Longest = DeskKeys.All.MaxBy(k => k.Does.Length);

    [Fact]
    public void At_80x24_a_long_description_wraps_and_its_last_word_is_on_screen()
    {
        Assert.True(Longest.Does.Length > 80, "the test needs a description longer than the screen is wide");
        using var desk = new DeskHarness(archive.IndexPath, 80, 24);
        desk.Press(Key.F1);
        ScrollTo(desk, Longest.Keys);

        var screen = desk.Screen;
        Assert.Contains(Longest.Keys, screen);
        Assert.Contains(LastWord(Longest.Does), screen);
        Assert.All(desk.ScreenLines, l => Assert.True(l.Length <= 80, $"line wider than 80: {l}"));
    }

    [Fact]
    public void At_80x24_scrolling_the_help_shows_every_key_and_the_end_of_every_description()
    {
        using var desk = new DeskHarness(archive.IndexPath, 80, 24);
        desk.Press(Key.F1);
        var seen = desk.Screen;
        Assert.Contains("scroll", seen); // the title says the list scrolls
        for (var i = 0; i < 40 && desk.Session.Window.Help.Top < HelpOverlay.Lines(70).Count; i++)
        {
            var top = desk.Session.Window.Help.Top;
            desk.Press(Key.PageDown);
            seen += desk.Screen;
            if (desk.Session.Window.Help.Top == top) break;
        }

        Assert.All(DeskKeys.All, k =>
        {
            Assert.Contains(k.Keys, seen);
            Assert.Contains(LastWord(k.Does), seen);
        });
        desk.Press(Key.Home);
        Assert.Equal(0, desk.Session.Window.Help.Top);
        desk.Press(Key.Esc);
        Assert.False(desk.Session.Window.Help.Visible);
    }

    [Fact]
    public void Wrapped_help_lines_keep_every_word_of_every_description()
    {
        var lines = HelpOverlay.Lines(40);
        var text = string.Join(' ', lines.Select(l => l.Does));
        Assert.All(lines, l => Assert.True(l.Does.Length <= 40 - 16, $"too wide: {l.Does}"));
        Assert.All(DeskKeys.All, k => Assert.All(k.Does.Split(' ', StringSplitOptions.RemoveEmptyEntries), w => Assert.Contains(w, text)));
    }

    /// <summary>Scrolls down a line at a time until <paramref name="keys"/> is on the screen.</summary>
    private static void ScrollTo(DeskHarness desk, string keys)
    {
        for (var i = 0; i < 60 && !desk.Screen.Contains(keys, StringComparison.Ordinal); i++) desk.Press(Key.CursorDown);
        desk.Press(Key.CursorDown); // and the wrapped lines under it
        desk.Press(Key.CursorDown);
    }

    private static string LastWord(string text) => text.TrimEnd(')', '.').Split(' ')[^1];
}
