using PhotoDesk.Core.Editing;
using PhotoDesk.SampleArchive.Gallery;

namespace PhotoDesk.SampleArchive.Planning;

/// <summary>Everything the generator decides about one sample photo before writing a byte.</summary>
/// <param name="Seed">The gallery record it comes from.</param>
/// <param name="RelativePath">Path under the archive root with <c>/</c> separators, e.g. <c>2025/06/14/gallery-01-ringo-chiu.jpg</c>.</param>
/// <param name="Variant">Where the caption is stored.</param>
/// <param name="Exif">The EXIF block, or null for a photo without EXIF (stripped by a wire service).</param>
/// <param name="Metadata">The fields written through the metadata writer (caption, by-line, credit, …).</param>
/// <param name="FileTime">The modification time given to the photo and its sidecar (UTC), so rebuilds are identical.</param>
/// <param name="Notes">Why this photo is interesting for a reader of the archive (README column).</param>
public sealed record PhotoPlan(
    SeedPhoto Seed,
    string RelativePath,
    StorageVariant Variant,
    ExifPlan? Exif,
    MetadataPatch Metadata,
    DateTime FileTime,
    IReadOnlyList<string> Notes)
{
    public int Number => Seed.Number;
}
