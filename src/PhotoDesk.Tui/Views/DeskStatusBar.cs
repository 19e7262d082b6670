using PhotoDesk.Core.Text;
using PhotoDesk.Tui.State;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace PhotoDesk.Tui.Views;

/// <summary>The bottom line: photos in the index, whether a worker is indexing, when the index was last reopened, the last message.</summary>
public sealed class DeskStatusBar : View
{
    private const string Keys = "F1 help  / search  t tag  c credits  q quit";
    private readonly DeskController _desk;

    public DeskStatusBar(DeskController desk)
    {
        _desk = desk;
        Height = 1;
        _desk.StatusChanged += SetNeedsDraw;
        _desk.ResultsChanged += SetNeedsDraw;
    }

    public string Line
    {
        get
        {
            var s = _desk.Status;
            var parts = new List<string> { $"{s.PhotoCount:N0} photos in index" };
            parts.Add(s.Worker switch
            {
                WorkerState.Indexing => "worker indexing",
                WorkerState.Idle => "worker idle",
                WorkerState.OtherWriter => "index being written",
                _ => "no worker",
            });
            if (s.RefreshedAt is { } at) parts.Add($"index refreshed {at:HH:mm:ss}");
            if (!string.IsNullOrEmpty(s.Message)) parts.Add(TerminalText.Sanitize(s.Message));
            return string.Join(" │ ", parts);
        }
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        SetAttribute(GetAttributeForRole(VisualRole.Focus));
        FillRect(new System.Drawing.Rectangle(0, 0, width, 1), new System.Text.Rune(' '));
        var text = Line;
        var keys = width - text.Length >= Keys.Length + 3 ? Keys : "";
        AddStr(0, 0, StyledText.Fit(text, width - (keys.Length > 0 ? keys.Length + 2 : 0)));
        if (keys.Length > 0) AddStr(width - keys.Length, 0, keys);
        SetAttribute(GetAttributeForRole(VisualRole.Normal));
        return true;
    }
}
