namespace PhotoDesk.Captions.Places;

/// <summary>Splits caption text into words and the punctuation place names lean on (commas, dashes, parentheses).</summary>
internal static class CaptionTokenizer
{
    /// <summary>Tokenizes <paramref name="text"/> into <paramref name="tokens"/>; returns how many were written.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, Span<CaptionToken> tokens)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length && count < tokens.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                tokens[count++] = ReadWord(text, ref i);
                continue;
            }
            if (char.IsWhiteSpace(c) && c is not ('\n' or '\r'))
            {
                i++;
                continue;
            }
            var kind = c switch
            {
                ',' => TokenKind.Comma,
                '\u2014' or '\u2013' or '\u2012' or '\u2015' => TokenKind.Dash,
                '-' when IsSpacedHyphen(text, i) => TokenKind.Dash,
                '(' or '[' => TokenKind.OpenParen,
                ')' or ']' => TokenKind.CloseParen,
                ':' => TokenKind.Colon,
                '.' or '!' or '?' or ';' or '\n' or '\r' => TokenKind.SentenceEnd,
                _ => TokenKind.Other,
            };
            tokens[count++] = new CaptionToken(kind, i, 1, TokenFlags.None);
            i++;
        }
        return count;
    }

    private static bool IsElidedArticle(ReadOnlySpan<char> text, int i) =>
        text[i] is 'd' or 'l' && i + 2 < text.Length && text[i + 1] is '\'' or '\u2019' && char.IsUpper(text[i + 2]);

    private static bool IsSpacedHyphen(ReadOnlySpan<char> text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1])) && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] == '-');

    private static CaptionToken ReadWord(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        var flags = TokenFlags.None;
        var first = text[i];
        // "d'Ivoire", "l'Aquila": an elided article before a capital is still a name.
        if (char.IsUpper(first) || IsElidedArticle(text, i)) flags |= TokenFlags.Capitalised;
        else if (char.IsDigit(first)) flags |= TokenFlags.Digit;
        var allCaps = char.IsUpper(first);
        var letters = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    if (char.IsLower(c)) allCaps = false;
                }
                i++;
                continue;
            }
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            // Inner hyphens and apostrophes join a word ("Port-au-Prince", "d'Ivoire", "O'Hare"),
            // inner periods an abbreviation ("U.S", "W.Va"); a possessive ends it ("Gaza's", "Minneapolis'").
            if (c is '\'' or '\u2019')
            {
                if (next is 's' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
                {
                    flags |= TokenFlags.Possessive;
                    var word = new CaptionToken(TokenKind.Word, start, i - start, Finish(flags, allCaps, letters));
                    i += 2;
                    return word;
                }
                if (char.IsLetter(next)) { i++; continue; }
                flags |= TokenFlags.Possessive;
                var bare = new CaptionToken(TokenKind.Word, start, i - start, Finish(flags, allCaps, letters));
                i++;
                return bare;
            }
            if (c is '-' or '\u2010' or '\u2011' && char.IsLetterOrDigit(next)) { i++; continue; }
            if (c == '.' && char.IsLetter(next) && IsAbbreviationPart(text, start, i))
            {
                flags |= TokenFlags.InnerPeriod;
                i++;
                continue;
            }
            break;
        }
        var token = new CaptionToken(TokenKind.Word, start, i - start, Finish(flags, allCaps, letters));
        if (i < text.Length && text[i] == '.')
        {
            token = token with { Flags = token.Flags | TokenFlags.Period };
            i++;
        }
        return token;
    }

    // "U.S", "D.C", "W.Va": the part before the period is short; "Angeles.The" is a missing space, not an abbreviation.
    private static bool IsAbbreviationPart(ReadOnlySpan<char> text, int start, int period)
    {
        var lastDot = text[start..period].LastIndexOf('.');
        var partLength = lastDot < 0 ? period - start : period - start - lastDot - 1;
        return partLength <= 2;
    }

    private static TokenFlags Finish(TokenFlags flags, bool allCaps, int letters) =>
        allCaps && letters > 0 ? flags | TokenFlags.AllCaps : flags;
}
