using PhotoDesk.Core.Editing;
using PhotoDesk.Metadata.Writing.Jpeg;
using PhotoDesk.Metadata.Writing.Sidecars;

namespace PhotoDesk.Metadata.Writing;

/// <summary>
/// The <see cref="IMetadataWriter"/> of PhotoDesk: an edit goes to an XMP sidecar (the default), or with
/// <see cref="WriteTarget.Embedded"/> losslessly into a JPEG's own XMP and IPTC. Formats other than JPEG always
/// get a sidecar, and the outcome's note says so. The patch is applied on top of what the file already holds.
/// </summary>
public sealed class MetadataWriter : IMetadataWriter
{
    private readonly JpegMetadataWriter _jpeg;
    private readonly XmpSidecarWriter _sidecar = new();

    public MetadataWriter(JpegWriteOptions? jpegOptions = null) => _jpeg = new JpegMetadataWriter(jpegOptions);

    /// <exception cref="MetadataWriteException">The write was refused or failed; no file was changed.</exception>
    public WriteOutcome Write(string photoPath, MetadataPatch patch, WriteTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(photoPath);
        ArgumentNullException.ThrowIfNull(patch);
        var edits = FieldEdits.From(patch);
        if (!File.Exists(photoPath)) throw new MetadataWriteException($"{photoPath}: no such file");
        if (edits.IsEmpty) return new WriteOutcome(photoPath, target, "nothing to change");
        cancellationToken.ThrowIfCancellationRequested();

        if (target == WriteTarget.Sidecar || SidecarPaths.IsSidecar(photoPath))
            return _sidecar.Write(photoPath, patch, cancellationToken);
        if (!IsJpeg(photoPath))
        {
            var outcome = _sidecar.Write(photoPath, patch, cancellationToken);
            return outcome with { Note = $"{Path.GetFileName(photoPath)} is not a JPEG: only JPEG is written in place, so the edit went to the sidecar {outcome.WrittenPath}" };
        }

        var written = _jpeg.Write(photoPath, patch, cancellationToken);
        // A sidecar overrides the photo field by field: drop the edited fields from it, or the edit would not show.
        var cleaned = _sidecar.RemoveFields(photoPath, edits.Fields.ToList(), cancellationToken);
        return cleaned.Count == 0 ? written
            : written with { Note = $"removed the edited fields from {string.Join(", ", cleaned)} so they no longer override the photo" };
    }

    private static readonly string[] JpegExtensions = [".jpg", ".jpeg", ".jpe", ".jfif"];

    /// <summary>
    /// JPEG by content, or by name: a damaged <c>.jpg</c> is not "another format" and must fail clearly rather
    /// than quietly get a sidecar.
    /// </summary>
    private static bool IsJpeg(string path)
    {
        if (JpegExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)) return true;
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> head = stackalloc byte[3];
            return stream.ReadAtLeast(head, 3, throwOnEndOfStream: false) == 3 && JpegLayout.LooksLikeJpeg(head);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MetadataWriteException($"{path}: cannot read ({e.Message})", e);
        }
    }
}
