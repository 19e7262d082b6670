namespace PhotoDesk.Metadata.Reading;

/// <summary>
/// MWG 2.0 stores a list in a single EXIF string (Artist) as "a; b", with double quotes around an item that
/// itself contains "; " (quotes doubled inside). Mirrors exiftool's MWG StringToList.
/// </summary>
internal static class MwgStringList
{
    public static IReadOnlyList<string> Split(string text)
    {
        var items = new List<string>();
        var inQuotes = false;
        foreach (var piece in text.Split("; "))
        {
            var wasQuoted = inQuotes;
            var s = piece;
            if (!inQuotes && s.StartsWith('"'))
            {
                inQuotes = true;
                s = s[1..];
            }
            if (inQuotes)
            {
                if (EndsWithOddQuotes(s))
                {
                    inQuotes = false;
                    s = s[..^1];
                }
                s = s.Replace("\"\"", "\"", StringComparison.Ordinal);
            }
            if (wasQuoted) items[^1] += "; " + s;
            else items.Add(s);
        }
        return items;
    }

    private static bool EndsWithOddQuotes(string s)
    {
        var n = 0;
        for (var i = s.Length - 1; i >= 0 && s[i] == '"'; i--) n++;
        return n % 2 == 1;
    }
}
