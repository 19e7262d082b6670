namespace PhotoDesk.Credits.Fixes;

/// <summary>Where the credit sits inside a caption, so a fix changes the credit and never the body text.</summary>
public static class CaptionCredit
{
    /// <summary>The span of the last verbatim occurrence of <paramref name="credit"/> in <paramref name="caption"/>, or null.</summary>
    public static (int Start, int Length)? Locate(string? caption, string? credit)
    {
        if (string.IsNullOrEmpty(caption) || string.IsNullOrWhiteSpace(credit)) return null;
        var start = caption.LastIndexOf(credit, StringComparison.Ordinal);
        return start < 0 ? null : (start, credit.Length);
    }

    /// <summary>The caption with only its credit span rewritten; unchanged when the credit is not found.</summary>
    public static string ReplaceInCredit(string caption, string? credit, NameReplacer replacer)
    {
        ArgumentNullException.ThrowIfNull(caption);
        ArgumentNullException.ThrowIfNull(replacer);
        if (Locate(caption, credit) is not { } span) return caption;
        var part = caption.Substring(span.Start, span.Length);
        return string.Concat(caption.AsSpan(0, span.Start), replacer.Replace(part), caption.AsSpan(span.Start + span.Length));
    }
}
