namespace PhotoDesk.Captions.Places;

/// <summary>A word or punctuation mark of caption text, by position (no strings are cut while tokenizing).</summary>
internal readonly record struct CaptionToken(TokenKind Kind, int Start, int Length, TokenFlags Flags)
{
    public int End => Start + Length;

    public bool Is(TokenFlags flag) => (Flags & flag) != 0;

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Starts with a capital letter or a digit: a candidate part of a name.</summary>
    public bool IsNameLike => Kind == TokenKind.Word && (Flags & (TokenFlags.Capitalised | TokenFlags.Digit)) != 0;
}
