namespace PhotoDesk.Captions.Places;

/// <summary>What a word looks like: capitals, a period after it, a possessive.</summary>
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
