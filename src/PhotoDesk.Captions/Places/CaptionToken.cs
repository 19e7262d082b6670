namespace PhotoDesk.Captions.Places;

internal enum TokenKind : byte
{
    Word,
    Comma,
    Dash,
    OpenParen,
    CloseParen,
    Colon,
    SentenceEnd,
    Other,
}

/// <summary>A word or punctuation mark of caption text, by position (no strings are cut while tokenizing).</summary>
internal readonly record struct CaptionToken(TokenKind Kind, int Start, int Length, TokenFlags Flags)
{
    public int End => Start + Length;

    public bool Is(TokenFlags flag) => (Flags & flag) != 0;

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Starts with a capital letter or a digit: a candidate part of a name.</summary>
    public bool IsNameLike => Kind == TokenKind.Word && (Flags & (TokenFlags.Capitalised | TokenFlags.Digit)) != 0;
}

[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    Capitalised = 1,
    AllCaps = 2,
    /// <summary>A period follows the word directly ("Calif.", "R.", "Angeles." at a sentence end).</summary>
    Period = 4,
    /// <summary>The word carried a possessive "'s" or a trailing apostrophe, not part of <see cref="CaptionToken.Length"/>.</summary>
    Possessive = 8,
    Digit = 16,
    /// <summary>Letters with inner periods ("U.S", "D.C", "W.Va").</summary>
    InnerPeriod = 32,
}
