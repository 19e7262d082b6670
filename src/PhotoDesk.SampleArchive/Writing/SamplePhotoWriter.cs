using System.Text;
using PhotoDesk.Core.Editing;
using PhotoDesk.SampleArchive.Pictures;
using PhotoDesk.SampleArchive.Planning;

namespace PhotoDesk.SampleArchive.Writing;

/// <summary>
/// Writes one planned photo: the generated JPEG, then its caption metadata through PhotoDesk's own lossless
/// writer (embedded IPTC+XMP, embedded XMP only, or an XMP sidecar), or a caption text file beside it.
/// </summary>
/// <param name="iptcAndXmp">The metadata writer that updates XMP and IPTC-IIM (and writes sidecars).</param>
/// <param name="xmpOnly">The metadata writer configured to leave IPTC-IIM out.</param>
public sealed class SamplePhotoWriter(IMetadataWriter iptcAndXmp, IMetadataWriter xmpOnly)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the photo (and sidecar) under <paramref name="root"/>; returns every file written.</summary>
    public IReadOnlyList<string> Write(string root, PhotoPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentNullException.ThrowIfNull(plan);
        cancellationToken.ThrowIfCancellationRequested();

        var photoPath = Path.Combine(root, plan.RelativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(photoPath)!);
        File.WriteAllBytes(photoPath, SamplePicture.Create(plan.Number, plan.Exif));

        var sidecar = plan.Variant.SidecarPath(photoPath);
        switch (plan.Variant)
        {
            case StorageVariant.EmbeddedIptcAndXmp:
                iptcAndXmp.Write(photoPath, plan.Metadata, WriteTarget.Embedded, cancellationToken);
                break;
            case StorageVariant.EmbeddedXmpOnly:
                xmpOnly.Write(photoPath, plan.Metadata, WriteTarget.Embedded, cancellationToken);
                break;
            case StorageVariant.CaptionTextSidecar:
                // A caption file as desks keep them: the caption exactly as published, UTF-8, one closing line feed.
                File.WriteAllText(sidecar!, plan.Seed.Caption + "\n", Utf8NoBom);
                break;
            case StorageVariant.XmpSidecar:
            case StorageVariant.XmpSidecarWithExtension:
                var outcome = iptcAndXmp.Write(photoPath, plan.Metadata, WriteTarget.Sidecar, cancellationToken);
                // The writer creates the name it prefers; the other naming form is the same file under another name.
                if (!string.Equals(Path.GetFullPath(outcome.WrittenPath), Path.GetFullPath(sidecar!), StringComparison.Ordinal))
                    File.Move(outcome.WrittenPath, sidecar!, overwrite: true);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(plan), plan.Variant, "unknown storage variant");
        }

        var written = sidecar is null ? new[] { photoPath } : [photoPath, sidecar];
        foreach (var file in written) File.SetLastWriteTimeUtc(file, plan.FileTime);
        return written;
    }
}
