using System.Text.RegularExpressions;

namespace PhotoDesk.Credits.Fixes;

/// <summary>
/// Replaces a name where it stands as whole words, ignoring case ("RINGO CIU" in an AFP-style credit becomes
/// "RINGO CHIU": an all-capitals match gets the replacement in capitals). "Ringo Ciuffo" is left alone.
/// </summary>
public sealed class NameReplacer
{
    private readonly Regex _pattern;
    private readonly string _to;

    public NameReplacer(string from, string to)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentNullException.ThrowIfNull(to);
        var words = from.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        _pattern = new Regex(@"(?<![\p{L}\p{N}])" + string.Join(@"\s+", words) + @"(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        _to = to.Trim();
    }

    public bool IsMatch(string? text) => !string.IsNullOrEmpty(text) && _pattern.IsMatch(text);

    public string Replace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _pattern.Replace(text, m => IsAllCaps(m.Value) && !IsAllCaps(_to) ? _to.ToUpperInvariant() : _to);
    }

    private static bool IsAllCaps(string s) => s.Any(char.IsLetter) && !s.Any(char.IsLower);
}
