using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Index.Storage;

namespace PhotoDesk.Credits.Checks;

/// <summary>
/// What the credit checks read of a photo: everything in its entry but keywords, file stamps, thumbnail, stored
/// findings and provenance. A batch that changed none of it (tagging) leaves every finding as it was, so the photo
/// need not be checked again; that re-check reads the whole archive (variants are clustered over all photos).
/// </summary>
public static class CheckInputs
{
    /// <summary>True when <paramref name="after"/> differs from <paramref name="before"/> in anything a check reads.</summary>
    public static bool Changed(PhotoEntry before, PhotoEntry after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        // The stored JSON is exact and structural (lists and maps compared by content), unlike record equality.
        return !string.Equals(EntryJson.Serialize(WhatChecksRead(before)), EntryJson.Serialize(WhatChecksRead(after)), StringComparison.Ordinal);
    }

    private static PhotoEntry WhatChecksRead(PhotoEntry entry) => entry with
    {
        FileSize = 0,
        Modified = default,
        ContentHash = null,
        Keywords = [],
        Provenance = NoProvenance,
        ThumbnailKey = null,
        Findings = [],
        Metadata = entry.Metadata with
        {
            Keywords = [],
            Provenance = NoProvenance,
            IimValues = entry.Metadata.IimValues.Where(kv => kv.Key != PhotoFields.Keywords).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
        },
    };

    private static readonly IReadOnlyDictionary<string, MetadataSource> NoProvenance = new Dictionary<string, MetadataSource>();
}
