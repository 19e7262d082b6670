using PhotoDesk.Core.Text;

namespace PhotoDesk.Tui.Views;

/// <summary>A run of text in one style. Built only through <see cref="Of"/>, which sanitises: metadata never reaches the terminal raw.</summary>
public readonly record struct TextRun
{
    private TextRun(string text, RunStyle style)
    {
        Text = text;
        Style = style;
    }

    public string Text { get; }
    public RunStyle Style { get; }

    public static TextRun Of(string? text, RunStyle style = RunStyle.Normal) => new(TerminalText.Sanitize(text), style);
}
