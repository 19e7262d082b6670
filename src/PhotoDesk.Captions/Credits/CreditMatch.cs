namespace PhotoDesk.Captions.Credits;

/// <summary>Where a caption's credit sits (<see cref="Start"/>, <see cref="Length"/> in the caption), its text as found and what it says.</summary>
public sealed record CreditMatch(int Start, int Length, string Text, CreditParts Parts)
{
    public int End => Start + Length;
}
