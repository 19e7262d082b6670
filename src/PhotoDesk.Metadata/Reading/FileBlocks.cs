namespace PhotoDesk.Metadata.Reading;

/// <summary>The blocks read from the photo file itself, before sidecars and reconciliation.</summary>
internal sealed class FileBlocks
{
    public BlockValues? Xmp { get; set; }
    public BlockValues? Iim { get; set; }
    public BlockValues? Exif { get; set; }
    public DigestState Digest { get; set; } = DigestState.NoIim;
    public int? Width { get; set; }
    public int? Height { get; set; }
}
