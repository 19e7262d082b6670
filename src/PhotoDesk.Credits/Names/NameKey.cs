using System.Globalization;
using System.Text;

namespace PhotoDesk.Credits.Names;

/// <summary>
/// The comparison form of a name: accents removed, lower case, dots and commas dropped, whitespace collapsed.
/// "Jae C. Hong", "JAE C HONG" and "Jáe C. Hong" share one key; spelling differences do not.
/// </summary>
public static class NameKey
{
    public static string Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return string.Empty;
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '.' or ',' or '\'' or '’' || char.IsControl(c)) continue;
            if (char.IsWhiteSpace(c) || c == '-')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return FoldLetters(sb.ToString());
    }

    /// <summary>Letters that do not decompose into base + accent (ø, ł, ß…) folded by hand.</summary>
    private static string FoldLetters(string s)
    {
        if (s.All(c => c < 128)) return s;
        return s.Replace("ø", "o", StringComparison.Ordinal).Replace("ł", "l", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("đ", "d", StringComparison.Ordinal).Replace("ı", "i", StringComparison.Ordinal);
    }

    /// <summary>True when two names are the same except for case, accents and punctuation.</summary>
    public static bool SameKey(string? a, string? b) => Of(a) == Of(b);
}
