using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace PhotoDesk.Tui.Views;

/// <summary>The desk's few colours, derived from the view's own scheme so they follow the terminal theme.</summary>
internal static class DeskColors
{
    public static Attribute For(View view, RunStyle style)
    {
        var normal = view.GetAttributeForRole(VisualRole.Normal);
        return style switch
        {
            RunStyle.Label => new Attribute(new Color(StandardColor.CornflowerBlue), normal.Background),
            RunStyle.Dim => new Attribute(new Color(StandardColor.Gray), normal.Background),
            RunStyle.Match => new Attribute(new Color(StandardColor.Black), new Color(StandardColor.Gold)),
            RunStyle.Warning => new Attribute(new Color(StandardColor.Orange), normal.Background),
            _ => normal,
        };
    }

    /// <summary>Draws styled lines from the top of the viewport, starting at line <paramref name="first"/>.</summary>
    public static void DrawLines(View view, IReadOnlyList<IReadOnlyList<TextRun>> lines, int first)
    {
        var width = view.Viewport.Width;
        for (var y = 0; y < view.Viewport.Height && first + y < lines.Count; y++)
        {
            var x = 0;
            foreach (var run in lines[first + y])
            {
                if (x >= width) break;
                var text = StyledText.Fit(run.Text, width - x);
                view.SetAttribute(For(view, run.Style));
                view.AddStr(x, y, text);
                x += text.Length;
            }
        }
        view.SetAttribute(view.GetAttributeForRole(VisualRole.Normal));
    }
}
