using System.Text;

namespace PhotoDesk.Core.Text;

/// <summary>
/// Metadata is untrusted text. Before any of it reaches a terminal (CLI output or the TUI), escape sequences
/// (CSI, OSC, DCS, …), C0/C1 control characters and bidirectional overrides are removed. Tabs become spaces;
/// line breaks are kept only when the caller allows them.
/// </summary>
public static class TerminalText
{
    public static string Sanitize(string? text, bool keepNewlines = false)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (IsClean(text, keepNewlines)) return text;

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u001B')
            {
                i = SkipEscape(text, i);
                continue;
            }
            if (c == '\u009B' || c == '\u009D' || c == '\u0090' || c == '\u009E' || c == '\u009F')
            {
                // C1 forms of CSI, OSC, DCS, PM, APC: drop the whole sequence.
                i = SkipSequenceBody(text, i + 1, c == '\u009B');
                continue;
            }
            if (c == '\n' && keepNewlines) { sb.Append('\n'); continue; }
            if (c == '\r')
            {
                if (keepNewlines && (i + 1 >= text.Length || text[i + 1] != '\n')) sb.Append('\n');
                else if (!keepNewlines) sb.Append(' ');
                continue;
            }
            if (c is '\t' or '\n') { sb.Append(' '); continue; }
            if (IsStripped(c)) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsClean(string text, bool keepNewlines)
    {
        foreach (var c in text)
        {
            if (c == '\n' && keepNewlines) continue;
            if (c < 0x20 || c == '\u001B' || IsStripped(c)) return false;
        }
        return true;
    }

    private static bool IsStripped(char c) =>
        char.IsControl(c) // C0, DEL, C1
        || c is >= '\u202A' and <= '\u202E' // LRE, RLE, PDF, LRO, RLO
        || c is >= '\u2066' and <= '\u2069' // LRI, RLI, FSI, PDI
        || c is '\u200E' or '\u200F' or '\u061C' // LRM, RLM, ALM
        || c is '\uFEFF';

    private static int SkipEscape(string text, int escIndex)
    {
        var i = escIndex + 1;
        if (i >= text.Length) return escIndex;
        var next = text[i];
        return next switch
        {
            '[' => SkipSequenceBody(text, i + 1, isCsi: true),
            ']' or 'P' or '^' or '_' or 'X' => SkipSequenceBody(text, i + 1, isCsi: false),
            // Two-character escapes (ESC c, ESC 7, ESC ( B …): drop the next char and any intermediate bytes.
            _ => SkipIntermediates(text, i),
        };
    }

    private static int SkipIntermediates(string text, int i)
    {
        while (i < text.Length && text[i] is >= ' ' and <= '/') i++;
        return Math.Min(i, text.Length - 1);
    }

    /// <summary>Returns the index of the last character of the sequence.</summary>
    private static int SkipSequenceBody(string text, int start, bool isCsi)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (isCsi)
            {
                if (c is >= '@' and <= '~') return i; // final byte
                if (c is < ' ' or > '~') return i - 1; // broken sequence: the next character is text again
            }
            else
            {
                if (c == '\u0007' || c == '\u009C') return i; // BEL or ST
                if (c == '\u001B' && i + 1 < text.Length && text[i + 1] == '\\') return i + 1; // ESC \
            }
        }
        return text.Length - 1;
    }
}
