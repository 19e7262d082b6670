using PhotoDesk.Core.Time;

namespace PhotoDesk.Core.Captions;

/// <summary>What a caption says: its credit (photographers, agency chain, role flags), date and place.</summary>
public sealed record CaptionFacts
{
    public static readonly CaptionFacts Empty = new();

    /// <summary>The caption without its credit.</summary>
    public string? Description { get; init; }
    /// <summary>The credit text as found in the caption, e.g. <c>Ringo Chiu/AFP/Getty Images</c>.</summary>
    public string? Credit { get; init; }
    /// <summary>Display form: "Ringo Chiu"; ranks dropped; "Jr.", particles and accents kept.</summary>
    public IReadOnlyList<string> Photographers { get; init; } = [];
    /// <summary>Originating organisation first, distributor last.</summary>
    public IReadOnlyList<string> Agencies { get; init; } = [];
    /// <summary>Values from <see cref="CaptionFlags"/>.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
    public PartialDate? Date { get; init; }
    public Place Place { get; init; } = Place.Empty;
}
