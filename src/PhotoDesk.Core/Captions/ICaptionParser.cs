namespace PhotoDesk.Core.Captions;

/// <summary>Reads credit, date and place from free caption text. Never throws on any input.</summary>
public interface ICaptionParser
{
    /// <param name="caption">The caption as the photo carries it.</param>
    /// <param name="referenceDate">The day the caption is relative to ("on Saturday" = the most recent Saturday on or before it).</param>
    CaptionFacts Parse(string? caption, DateOnly referenceDate);
}
