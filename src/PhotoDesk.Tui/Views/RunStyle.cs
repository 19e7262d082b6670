namespace PhotoDesk.Tui.Views;

/// <summary>How a run of text is drawn (see DeskColors).</summary>
public enum RunStyle
{
    Normal,
    Label,
    Dim,
    Match,
    Warning,
}
