using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace PhotoDesk.Tui.Views;

/// <summary>
/// The keys of the desk (F1 or '?'), drawn over the screen; any of Esc, F1, '?' closes it. Descriptions wrap under
/// their own column; when the list is taller than the box (80×24), ↑ ↓ PgUp PgDn Home End and the mouse wheel scroll
/// it and the title says so.
/// </summary>
public sealed class HelpOverlay : View
{
    private const int KeysWidth = 16;
    private int _top;
    private int _innerWidth = 70;
    private int _innerHeight = 20;

    public HelpOverlay()
    {
        Title = "Keys";
        BorderStyle = LineStyle.Double;
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Percent(90);
        Height = Math.Min(DeskKeys.All.Count + 2, 200);
        Visible = false;
        CanFocus = true;
    }

    /// <summary>The help as lines of (keys, description part) for a box <paramref name="width"/> wide inside.</summary>
    public static IReadOnlyList<(string Keys, string Does)> Lines(int width)
    {
        var lines = new List<(string, string)>();
        var room = Math.Max(8, width - KeysWidth);
        foreach (var (keys, does) in DeskKeys.All)
        {
            var wrapped = StyledText.Wrap([TextRun.Of(does)], room);
            for (var i = 0; i < wrapped.Count; i++)
                lines.Add((i == 0 ? keys : "", string.Concat(wrapped[i].Select(r => r.Text)).TrimEnd()));
        }
        return lines;
    }

    /// <summary>Sizes the box for a screen of <paramref name="screenWidth"/> × <paramref name="screenHeight"/>: as tall as the help, at most the screen less a line above and below.</summary>
    public void Fit(int screenWidth, int screenHeight)
    {
        var width = Math.Max(20, screenWidth * 9 / 10);
        _innerWidth = width - 2;
        _innerHeight = Math.Max(1, Math.Min(Lines(_innerWidth).Count, screenHeight - 4));
        Width = width;
        Height = _innerHeight + 2;
        Scroll(0);
    }

    /// <summary>First help line shown (scrolled).</summary>
    public int Top => _top;

    public void Scroll(int by)
    {
        var total = Lines(_innerWidth).Count;
        var max = Math.Max(0, total - _innerHeight);
        _top = Math.Clamp(_top + by, 0, max);
        Title = max > 0 ? $"Keys {_top + 1}–{_top + _innerHeight} of {total} (↑ ↓ PgUp PgDn scroll)" : "Keys";
        SetNeedsDraw();
    }

    /// <summary>Scrolling keys while the help is open; true when the key scrolled.</summary>
    public bool HandleScrollKey(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var page = Math.Max(1, _innerHeight - 1);
        if (key == Key.CursorDown) Scroll(1);
        else if (key == Key.CursorUp) Scroll(-1);
        else if (key == Key.PageDown || key == Key.Space) Scroll(page);
        else if (key == Key.PageUp) Scroll(-page);
        else if (key == Key.Home) Scroll(-_top);
        else if (key == Key.End) Scroll(int.MaxValue / 2);
        else return false;
        return true;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        ArgumentNullException.ThrowIfNull(mouse);
        if (mouse.Flags.HasFlag(MouseFlags.WheeledDown)) { Scroll(3); return true; }
        if (mouse.Flags.HasFlag(MouseFlags.WheeledUp)) { Scroll(-3); return true; }
        return base.OnMouseEvent(mouse);
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        _innerWidth = width;
        SetAttribute(GetAttributeForRole(VisualRole.Normal));
        FillRect(new System.Drawing.Rectangle(0, 0, width, Viewport.Height), new System.Text.Rune(' '));
        var lines = Lines(width);
        for (var row = 0; row < Viewport.Height && _top + row < lines.Count; row++)
        {
            var (keys, does) = lines[_top + row];
            SetAttribute(DeskColors.For(this, RunStyle.Label));
            AddStr(0, row, StyledText.Fit(keys.PadRight(KeysWidth - 1), width));
            SetAttribute(GetAttributeForRole(VisualRole.Normal));
            if (width > KeysWidth) AddStr(KeysWidth, row, StyledText.Fit(does, width - KeysWidth));
        }
        return true;
    }
}
