namespace PhotoDesk.Captions.Places;

/// <summary>What a <see cref="CaptionToken"/> is.</summary>
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
