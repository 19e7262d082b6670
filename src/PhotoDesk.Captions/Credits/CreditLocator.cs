namespace PhotoDesk.Captions.Credits;

/// <summary>
/// Finds the credit in a caption: trailing parenthesised credits ("(AP Photo/Name)", double AFP/Getty credits),
/// else the longest tail after a sentence break that reads as a credit ("… on Sunday. Ringo Chiu/AFP/Getty Images"),
/// else a credit line at the top. Wire trailers ("TPX IMAGES OF THE DAY", "ATTENTION EDITORS …") are cut first.
/// </summary>
public static class CreditLocator
{
    // Wire boilerplate printed after the credit; all capitals in the wild, so matched case-sensitively.
    private static readonly string[] Trailers =
    [
        "TPX IMAGES OF THE DAY", "ATTENTION EDITORS", "EDITORIAL USE ONLY", "RESTRICTED TO EDITORIAL USE", "NO RESALES",
        "NO ARCHIVES", "SEARCH \"", "THIS IMAGE HAS BEEN SUPPLIED", "BEST QUALITY AVAILABLE", "NO MARKETING",
        // Text a web page adds after Reuters credits when a caption is copied from it.
        "Purchase Licensing Rights", "opens new tab",
    ];

    private const int MaxCreditLength = 200;

    /// <summary>The caption's credit, or null when it has none. Never throws.</summary>
    public static CreditMatch? Locate(string? caption)
    {
        if (string.IsNullOrWhiteSpace(caption)) return null;
        var end = ContentEnd(caption);
        if (end == 0) return null;
        return FromParentheses(caption, end) ?? FromTail(caption, end) ?? FromMarker(caption, end) ?? FromFirstLine(caption);
    }

    /// <summary>Where the caption's content ends: before trailing space and wire trailers.</summary>
    internal static int ContentEnd(string caption)
    {
        var end = caption.Length;
        var searchFrom = Math.Max(0, end - 500);
        var cut = end;
        foreach (var t in Trailers)
        {
            var at = caption.IndexOf(t, searchFrom, StringComparison.Ordinal);
            if (at > 0 && at < cut) cut = at;
        }
        end = CutRightsNotice(caption, cut);
        for (var round = 0; ; round++)
        {
            end = TrimSeparators(caption, end);
            var embargo = round < 4 ? EmbargoStart(caption, end) : -1;
            if (embargo < 0) return end;
            end = embargo;
        }
    }

    // "(AP Photo/Jae C. Hong) Copyright 2025 The Associated Press. All rights reserved.": the notice after a credit
    // goes; "© 2025 Jane Doe. All rights reserved." keeps its copyright line, which is the credit.
    private static int CutRightsNotice(string caption, int end)
    {
        var from = Math.Max(0, end - 120);
        var at = caption.LastIndexOf("All rights reserved", end - 1, end - from, StringComparison.OrdinalIgnoreCase);
        if (at <= 0) return end;
        var noticeFrom = Math.Max(0, at - 80);
        var copyright = caption.LastIndexOf("Copyright", at, at - noticeFrom, StringComparison.OrdinalIgnoreCase);
        var sign = caption.LastIndexOf('©', at, at - noticeFrom);
        var start = Math.Max(copyright, sign);
        if (start > 0 && caption.AsSpan(0, start).TrimEnd().EndsWith(")", StringComparison.Ordinal)) return start;
        return at;
    }

    private static int TrimSeparators(string caption, int end)
    {
        while (end > 0 && (char.IsWhiteSpace(caption[end - 1]) || caption[end - 1] is '/' or '-' or '–' or '—' or '|')) end--;
        return end;
    }

    // "… / AFP) / JAPAN OUT", "… via REUTERS SOUTH KOREA OUT": a distribution embargo in capitals after the credit.
    private static int EmbargoStart(string caption, int end)
    {
        if (end < 5 || !caption.AsSpan(0, end).EndsWith(" OUT", StringComparison.Ordinal)) return -1;
        var i = end - 4;
        var limit = Math.Max(0, end - 80);
        while (i > limit && (char.IsUpper(caption[i - 1]) || caption[i - 1] is ' ' or ','))
            i--;
        // Stop at the credit's own capitals ("REUTERS"): the embargo starts after the last delimiter or known agency.
        var segment = caption[i..(end - 4)];
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keep = 0;
        for (var w = 0; w < words.Length; w++)
            if (AgencyNames.Known(words[w]) is not null) keep = w + 1;
        if (keep == 0) return i;
        var at = i;
        for (var w = 0; w < keep; w++) at = caption.IndexOf(words[w], at, StringComparison.Ordinal) + words[w].Length;
        return at;
    }

    private static CreditMatch? FromParentheses(string caption, int end)
    {
        var groups = new List<(int Open, int Close, CreditParts Parts)>();
        var pos = end;
        var trailingEnd = -1;
        while (true)
        {
            var p = pos;
            while (p > 0 && (char.IsWhiteSpace(caption[p - 1]) || caption[p - 1] == '.')) p--;
            if (p == 0 || caption[p - 1] is not (')' or ']')) break;
            var close = p - 1;
            var open = MatchingOpen(caption, close);
            if (open < 0 || close - open > MaxCreditLength) break;
            var inner = caption.AsSpan(open + 1, close - open - 1);
            // Shutterstock's image number after its credit: "Photo by Name/Shutterstock (14512345c)".
            if (groups.Count == 0 && trailingEnd < 0 && IsImageNumber(inner))
            {
                trailingEnd = open;
                pos = open;
                continue;
            }
            var parts = CreditLineParser.Parse(inner.ToString());
            if (parts is null) break;
            groups.Add((open, close, parts));
            pos = open;
        }
        if (groups.Count == 0)
            return trailingEnd > 0 ? FromTail(caption, TrimEnd(caption, trailingEnd)) : null;

        if (groups.Count == 1 && groups[0].Parts.Photographers.Count == 0 && NameBefore(caption, groups[0].Open, groups[0].Parts) is { } named)
            return named;

        var first = groups[^1];
        var last = groups[0];
        var text = groups.Count == 1
            ? caption[(first.Open + 1)..first.Close].Trim()
            : caption[first.Open..(last.Close + 1)];
        groups.Reverse();
        return new CreditMatch(first.Open, last.Close + 1 - first.Open, text, CreditParts.Merge(groups.Select(g => g.Parts).ToList()));
    }

    // "… on Sunday. Jane Doe (AFP)", "Photo: Jane Doe (Reuters)": the photographer before a bracketed agency.
    private static CreditMatch? NameBefore(string caption, int open, CreditParts agencyOnly)
    {
        if (agencyOnly.Agencies.Count == 0) return null;
        var end = TrimEnd(caption, open);
        var close = caption.IndexOf(')', open);
        if (close < 0) return null;
        CreditMatch? best = null;
        for (var j = end - 1; j >= Math.Max(0, end - 60); j--)
        {
            if (!IsBoundary(caption, j)) continue;
            var name = caption[j..end];
            if (name.Contains('/') || name.Contains('(')) break;
            var combined = CreditLineParser.Parse(name + "/" + string.Join("/", agencyOnly.Agencies));
            if (combined is null || combined.Photographers.Count == 0) break;
            var parts = combined with { Flags = combined.Flags.Union(agencyOnly.Flags).ToList() };
            best = new CreditMatch(j, close + 1 - j, caption[j..(close + 1)], parts);
        }
        return best;
    }

    // The longest tail after a sentence or line break that still reads as a credit. Scanning backwards stops at the
    // first failure after a success, so a body sentence is never swallowed ("Jae C. Hong/AP" grows from "Hong/AP").
    private static CreditMatch? FromTail(string caption, int end)
    {
        CreditMatch? best = null;
        var limit = Math.Max(0, end - MaxCreditLength);
        for (var j = end - 1; j >= limit; j--)
        {
            if (!IsBoundary(caption, j)) continue;
            var candidate = caption[j..end];
            var parts = CreditLineParser.Parse(candidate);
            if (parts is not null)
            {
                var trimmed = TrimCredit(candidate);
                best = new CreditMatch(j, trimmed.Length, trimmed, parts);
            }
            else if (best is not null) break;
        }
        return best;
    }

    // No sentence break before the credit ("… on Saturday Photo by Jane Doe/AFP"): start at a lead-in word.
    private static CreditMatch? FromMarker(string caption, int end)
    {
        var from = Math.Max(0, end - MaxCreditLength);
        string[] markers = ["Photo by ", "Photo: ", "Photograph: ", "Photographer: ", "© ", "Courtesy of ", "Credit: ", "AP Photo/", "REUTERS/", "EPA-EFE/", "AFP PHOTO"];
        foreach (var marker in markers)
        {
            // Case matters: "a photo by Jane Doe" in the body is not a credit line.
            var at = caption.LastIndexOf(marker, end - 1, end - from, StringComparison.Ordinal);
            if (at <= 0) continue;
            var candidate = caption[at..end];
            if (CreditLineParser.Parse(candidate) is { } parts)
                return new CreditMatch(at, TrimCredit(candidate).Length, TrimCredit(candidate), parts);
        }
        return FromSlash(caption, end);
    }

    // "… on Saturday Daniel Cole/Reuters": grow word by word leftwards from the last slash's word.
    private static CreditMatch? FromSlash(string caption, int end)
    {
        var slash = caption.LastIndexOf('/', end - 1, Math.Min(end, 120));
        if (slash <= 0) return null;
        var start = caption.LastIndexOf(' ', slash) + 1;
        CreditMatch? best = null;
        for (var words = 0; words < 12; words++)
        {
            var candidate = caption[start..end];
            // Without a sentence break only a known agency makes it a credit: "… from New York/New Jersey" is not.
            if (CreditLineParser.Parse(candidate) is { } parts && parts.Agencies.Any(a => AgencyNames.Known(a) is not null))
            {
                best = new CreditMatch(start, TrimCredit(candidate).Length, TrimCredit(candidate), parts);
                // Without a sentence break, names in the body run into the credit ("said Mayor Karen Bass Mario
                // Tama/Getty Images"): stop once the photographer has three words.
                var firstPiece = candidate[..candidate.IndexOf('/')];
                if (PersonNames.Tokens(firstPiece).Length >= 3 && PersonNames.LooksLikePerson(firstPiece)) break;
            }
            else if (best is not null) break;
            if (start < 2) break;
            start = caption.LastIndexOf(' ', start - 2) + 1;
        }
        return best;
    }

    // "Photo: Jane Doe/AP" on the first line, the caption below it.
    private static CreditMatch? FromFirstLine(string caption)
    {
        var newline = caption.IndexOf('\n');
        if (newline <= 0 || newline > MaxCreditLength) return null;
        var line = caption[..newline].TrimEnd('\r');
        var parts = CreditLineParser.Parse(line);
        if (parts is null) return null;
        var trimmed = line.Trim();
        return new CreditMatch(caption.IndexOf(trimmed, StringComparison.Ordinal), trimmed.Length, trimmed, parts);
    }

    private static bool IsBoundary(string s, int j)
    {
        if (j == 0) return !char.IsWhiteSpace(s[0]);
        if (char.IsWhiteSpace(s[j])) return false;
        var prev = s[j - 1];
        if (prev is '\n' or '\r') return true;
        if (!char.IsWhiteSpace(prev) || j < 2) return false;
        var before = s[j - 2];
        if (before is '.' or '?' or '!' or ':' or ';' or '”' or '"' or '’' or ')' or ']' or '|' or '\n') return true;
        return before is '-' or '–' or '—' && j >= 3 && char.IsWhiteSpace(s[j - 3]);
    }

    // Parentheses, or square brackets as Al Jazeera prints credits ("[File: Jane Doe/Reuters]").
    private static int MatchingOpen(string s, int close)
    {
        var closer = s[close];
        var opener = closer == ']' ? '[' : '(';
        var depth = 0;
        for (var i = close; i >= 0 && close - i <= MaxCreditLength + 2; i--)
        {
            if (s[i] == closer) depth++;
            else if (s[i] == opener && --depth == 0) return i;
        }
        return -1;
    }

    private static bool IsImageNumber(ReadOnlySpan<char> inner)
    {
        var t = inner.Trim();
        if (t.Length is < 4 or > 16 || !char.IsAsciiDigit(t[0])) return false;
        foreach (var c in t)
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        return true;
    }

    private static int TrimEnd(string s, int end)
    {
        while (end > 0 && char.IsWhiteSpace(s[end - 1])) end--;
        return end;
    }

    /// <summary>The credit as found, without the sentence's final period (kept after "Jr." or an initial).</summary>
    private static string TrimCredit(string candidate)
    {
        var t = candidate.Trim();
        if (!t.EndsWith('.') || t.Length < 3) return t;
        var space = t.LastIndexOfAny([' ', '/', '.'], t.Length - 2);
        var lastWord = t[(space + 1)..^1];
        if (lastWord.Length <= 1 || lastWord is "Jr" or "Sr" or "Inc" or "Co" or "Ltd" or "Corp") return t;
        return t[..^1];
    }
}
