namespace PhotoDesk.Tui.Views;

/// <summary>Lines of styled runs, word-wrapped to a width.</summary>
public static class StyledText
{
    /// <summary>Wraps runs into lines of at most <paramref name="width"/> characters; <paramref name="indent"/> starts continuation lines.</summary>
    public static List<IReadOnlyList<TextRun>> Wrap(IReadOnlyList<TextRun> runs, int width, int indent = 0)
    {
        var lines = new List<IReadOnlyList<TextRun>>();
        if (width <= 0) return lines;
        var line = new List<TextRun>();
        var used = 0;
        foreach (var run in runs)
        {
            foreach (var word in SplitKeepingSpaces(run.Text))
            {
                var isSpace = word.Length > 0 && word[0] == ' ';
                if (used + word.Length > width && used > indent)
                {
                    lines.Add(line);
                    line = [];
                    used = 0;
                    if (indent > 0) { line.Add(TextRun.Of(new string(' ', indent))); used = indent; }
                    if (isSpace) continue;
                }
                var piece = word;
                while (used + piece.Length > width)
                {
                    // A word longer than the line: cut it.
                    var room = Math.Max(1, width - used);
                    line.Add(TextRun.Of(piece[..room], run.Style));
                    lines.Add(line);
                    line = [];
                    used = 0;
                    piece = piece[room..];
                }
                if (piece.Length > 0)
                {
                    line.Add(TextRun.Of(piece, run.Style));
                    used += piece.Length;
                }
            }
        }
        if (line.Count > 0) lines.Add(line);
        return lines;
    }

    /// <summary>Cuts a one-line text to <paramref name="width"/> with an ellipsis.</summary>
    public static string Fit(string text, int width)
    {
        if (width <= 0) return string.Empty;
        return text.Length <= width ? text : width == 1 ? "…" : text[..(width - 1)] + "…";
    }

    private static IEnumerable<string> SplitKeepingSpaces(string text)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || (text[i] == ' ') != (text[start] == ' '))
            {
                yield return text[start..i];
                start = i;
            }
        }
    }
}
