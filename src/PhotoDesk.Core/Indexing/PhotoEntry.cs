using PhotoDesk.Core.Captions;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;

namespace PhotoDesk.Core.Indexing;

/// <summary>
/// One photo as the index holds it: the file's identity and stamp, what its metadata says, what its caption says,
/// and the resolved values that search, facets and the desk use (embedded fields, gaps filled from the caption).
/// </summary>
public sealed record PhotoEntry
{
    /// <summary>Stable identity: survives a move or rename of the same content.</summary>
    public required string Id { get; init; }
    /// <summary>Absolute path of the photo (or the path a catalog record names, which may be offline).</summary>
    public required string Path { get; init; }
    public long FileSize { get; init; }
    public DateTimeOffset Modified { get; init; }
    /// <summary>Hash of the file content (hex), used to recognise a moved photo and to key its thumbnail.</summary>
    public string? ContentHash { get; init; }
    /// <summary>"file" for ingested photos, "catalog" for imported records.</summary>
    public string Origin { get; init; } = "file";

    public required PhotoMetadata Metadata { get; init; }
    public CaptionFacts Caption { get; init; } = CaptionFacts.Empty;

    // Resolved values: embedded metadata first, the caption filling gaps; Provenance says which.
    public IReadOnlyList<string> Photographers { get; init; } = [];
    public IReadOnlyList<string> Agencies { get; init; } = [];
    public PartialDate? Date { get; init; }
    public Place Place { get; init; } = Place.Empty;
    public IReadOnlyList<string> Keywords { get; init; } = [];
    /// <summary>Resolved field name → where its value came from.</summary>
    public IReadOnlyDictionary<string, MetadataSource> Provenance { get; init; } = new Dictionary<string, MetadataSource>();

    /// <summary>Key of the thumbnail in the thumbnail store, when one was made.</summary>
    public string? ThumbnailKey { get; init; }
    /// <summary>Rule names of credit findings on this photo (e.g. "spelling-variant").</summary>
    public IReadOnlyList<string> Findings { get; init; } = [];
}
