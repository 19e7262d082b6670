using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Reading;

namespace PhotoDesk.Metadata.Writing.Jpeg;

/// <summary>
/// What PhotoDesk's reader makes of the file's own blocks (no sidecars): the writer uses it to keep every field it
/// was not asked to change looking the same after the write (digest state, FotoStation trailer IIM, EXIF values).
/// </summary>
internal sealed class EmbeddedView
{
    private EmbeddedView(FileBlocks blocks, PhotoMetadata reconciled, byte[]? trailerIim)
    {
        Blocks = blocks;
        Reconciled = reconciled;
        TrailerIim = trailerIim;
    }

    public FileBlocks Blocks { get; }

    public PhotoMetadata Reconciled { get; }

    /// <summary>IIM in a FotoWare FotoStation trailer after EOI, when the file has one.</summary>
    public byte[]? TrailerIim { get; }

    public static EmbeddedView Read(byte[] file, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        using var stream = new MemoryStream(file, writable: false);
        var parts = JpegSegmentWalker.Read(stream, warnings, cancellationToken) ?? new JpegParts();
        var blocks = JpegBlockReader.Read(parts, warnings);
        var reconciled = new MetadataReconciler(blocks, [], null, warnings).Reconcile("");
        return new EmbeddedView(blocks, reconciled, parts.TrailerIim);
    }
}
