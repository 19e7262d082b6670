using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace PhotoDesk.Tui.Views;

/// <summary>The keys of the desk (F1 or '?'), drawn over the screen; any of Esc, F1, '?' closes it.</summary>
public sealed class HelpOverlay : View
{
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

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        SetAttribute(GetAttributeForRole(VisualRole.Normal));
        FillRect(new System.Drawing.Rectangle(0, 0, width, Viewport.Height), new System.Text.Rune(' '));
        for (var i = 0; i < DeskKeys.All.Count && i < Viewport.Height; i++)
        {
            var (keys, does) = DeskKeys.All[i];
            SetAttribute(DeskColors.For(this, RunStyle.Label));
            AddStr(0, i, StyledText.Fit(keys.PadRight(15), width));
            SetAttribute(GetAttributeForRole(VisualRole.Normal));
            if (width > 16) AddStr(16, i, StyledText.Fit(does, width - 16));
        }
        return true;
    }
}
