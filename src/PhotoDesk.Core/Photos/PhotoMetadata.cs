using PhotoDesk.Core.Time;

namespace PhotoDesk.Core.Photos;

/// <summary>
/// What one photo's files say about it, reconciled (XMP sidecar &gt; embedded XMP &gt; IPTC-IIM &gt; EXIF), with the
/// block each value came from. Produced by the metadata reader; never mutated.
/// </summary>
public sealed record PhotoMetadata
{
    public required string Path { get; init; }
    public IReadOnlyList<string> Creators { get; init; } = [];
    public string? CreditLine { get; init; }
    public string? Source { get; init; }
    public string? Copyright { get; init; }
    /// <summary>The caption (XMP dc:description, IIM 2:120), credit included as the file has it.</summary>
    public string? Description { get; init; }
    public string? Headline { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? City { get; init; }
    public string? Sublocation { get; init; }
    public string? Region { get; init; }
    public string? Country { get; init; }
    public string? CountryCode { get; init; }
    public PartialDate? DateCreated { get; init; }
    public CaptureTime? CaptureTime { get; init; }
    public string? Make { get; init; }
    public string? Model { get; init; }
    public int? Width { get; init; }
    public int? Height { get; init; }
    public GeoPoint? Gps { get; init; }
    public string? Instructions { get; init; }
    public string? UsageTerms { get; init; }

    /// <summary>Field name (<see cref="PhotoFields"/>) → the block its value was taken from.</summary>
    public IReadOnlyDictionary<string, MetadataSource> Provenance { get; init; } = new Dictionary<string, MetadataSource>();

    /// <summary>
    /// The IPTC-IIM values as the IIM block stores them (keys: <see cref="PhotoFields"/> names such as creators,
    /// credit_line, source), before reconciliation with XMP. The credit checks compare them with the reconciled values
    /// to find By-line/Credit/Source cut at the 32-byte IIM limit. Empty when the file has no IIM.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> IimValues { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Problems found while reading (malformed blocks, stale IIM, truncated values); the file was still read.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public MetadataSource SourceOf(string field) => Provenance.TryGetValue(field, out var s) ? s : MetadataSource.None;
}
