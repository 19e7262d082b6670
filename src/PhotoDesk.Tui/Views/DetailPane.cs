using PhotoDesk.Core.Indexing;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace PhotoDesk.Tui.Views;

/// <summary>
/// Everything about the selected photo: each field with its source, the credit findings, the caption with the
/// matched words marked. Scrolls with the arrow keys, Page Up/Down and the mouse wheel when it has focus.
/// </summary>
public sealed class DetailPane : View
{
    private SearchHit? _hit;
    private IReadOnlyList<string> _findings = [];
    private List<IReadOnlyList<TextRun>> _lines = [];
    private int _builtWidth = -1;
    private int _top;

    public DetailPane()
    {
        Title = "Detail";
        BorderStyle = LineStyle.Rounded;
        CanFocus = true;
    }

    public SearchHit? Hit => _hit;

    public void Show(SearchHit? hit, IReadOnlyList<string> findingMessages)
    {
        if (!ReferenceEquals(hit?.Entry, _hit?.Entry)) _top = 0;
        _hit = hit;
        _findings = findingMessages;
        _builtWidth = -1;
        SetNeedsDraw();
    }

    /// <summary>The lines as drawn (plain text), for tests and the tmux check.</summary>
    public IEnumerable<string> PlainLines() => Lines().Select(l => string.Concat(l.Select(r => r.Text)));

    private List<IReadOnlyList<TextRun>> Lines()
    {
        var width = Math.Max(10, Viewport.Width);
        if (_builtWidth == width) return _lines;
        _lines = _hit is null ? [[TextRun.Of("No photo selected.", RunStyle.Dim)]] : DetailText.Build(_hit, _findings, width);
        _builtWidth = width;
        return _lines;
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var lines = Lines();
        _top = Math.Clamp(_top, 0, Math.Max(0, lines.Count - Viewport.Height));
        DeskColors.DrawLines(this, lines, _top);
        return true;
    }

    protected override bool OnKeyDown(Key key)
    {
        var step = key.KeyCode switch
        {
            Terminal.Gui.Drivers.KeyCode.CursorDown => 1,
            Terminal.Gui.Drivers.KeyCode.CursorUp => -1,
            Terminal.Gui.Drivers.KeyCode.PageDown => Math.Max(1, Viewport.Height - 1),
            Terminal.Gui.Drivers.KeyCode.PageUp => -Math.Max(1, Viewport.Height - 1),
            _ => 0,
        };
        if (step == 0) return base.OnKeyDown(key);
        Scroll(step);
        return true;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        if (mouse.Flags.HasFlag(MouseFlags.WheeledDown)) { Scroll(3); return true; }
        if (mouse.Flags.HasFlag(MouseFlags.WheeledUp)) { Scroll(-3); return true; }
        return base.OnMouseEvent(mouse);
    }

    private void Scroll(int by)
    {
        _top = Math.Clamp(_top + by, 0, Math.Max(0, Lines().Count - Viewport.Height));
        SetNeedsDraw();
    }
}
