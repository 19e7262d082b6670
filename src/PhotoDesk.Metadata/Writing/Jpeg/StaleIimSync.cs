using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Reading;

namespace PhotoDesk.Metadata.Writing.Jpeg;

/// <summary>
/// MWG 2.0: a stale IPTCDigest means an IIM-only tool changed the IIM after the XMP, so readers prefer the IIM for
/// the reconciled fields (creators, description, copyright, keywords) and the date. Our write makes the digest
/// current, which would flip that preference; so for those fields the patch does not touch, the XMP is first set
/// to what a reader saw before the write. The fields then read the same afterwards.
/// </summary>
internal static class StaleIimSync
{
    private static readonly string[] DigestGoverned =
        [PhotoFields.Creators, PhotoFields.Description, PhotoFields.Copyright, PhotoFields.Keywords];

    /// <summary>XMP edits that carry the pre-write view of untouched digest-governed fields; empty unless the digest is stale.</summary>
    public static FieldEdits EditsFor(EmbeddedView view, FieldEdits edits)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (view.Blocks.Digest != DigestState.Stale) return FieldEdits.From(new MetadataPatch(values));
        var seen = view.Reconciled;
        foreach (var field in DigestGoverned)
        {
            if (edits.Contains(field)) continue;
            // An EXIF value wins over both XMP and IIM and is not touched: nothing to keep in step.
            if (seen.SourceOf(field) == MetadataSource.Exif) continue;
            values[field] = field switch
            {
                PhotoFields.Creators => seen.Creators,
                PhotoFields.Keywords => seen.Keywords,
                PhotoFields.Description => seen.Description is { } d ? [d] : [],
                _ => seen.Copyright is { } c ? [c] : [],
            };
        }
        if (!edits.Contains(PhotoFields.DateCreated) && view.Blocks.Iim?.DateCreated is not null && seen.DateCreated is { } date)
            values[PhotoFields.DateCreated] = [date.ToIsoString()];
        var safe = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (field, v) in values)
        {
            // A value XMP cannot hold (control characters from an old IIM writer) is left as it was.
            try { FieldEdits.From(new MetadataPatch(new Dictionary<string, IReadOnlyList<string>> { [field] = v })); safe[field] = v; }
            catch (MetadataWriteException) { }
        }
        return FieldEdits.From(new MetadataPatch(safe));
    }
}
