namespace PhotoDesk.Tui.Views;

/// <summary>
/// "old → new" for a preview line, short enough to read: long values (a caption) are cut to the part that changes,
/// with a little context on each side.
/// </summary>
public static class ChangeText
{
    public static string Describe(string before, string after, int context = 24)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before.Length + after.Length <= 2 * context + 20) return $"{before} → {after}";
        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix]) prefix++;
        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[^(suffix + 1)] == after[^(suffix + 1)]) suffix++;
        var start = Math.Max(0, prefix - context);
        string Cut(string s)
        {
            var end = Math.Min(s.Length, s.Length - suffix + context);
            return (start > 0 ? "…" : "") + s[start..end] + (end < s.Length ? "…" : "");
        }
        return $"{Cut(before)} → {Cut(after)}";
    }
}
