namespace PhotoDesk.Metadata.Reading;

/// <summary>The metadata-bearing pieces of a JPEG file, copied out of its marker segments.</summary>
internal sealed class JpegParts
{
    /// <summary>APP1 "Exif\0\0" payloads (TIFF header onwards).</summary>
    public List<byte[]> Exif { get; } = [];

    /// <summary>APP1 standard XMP packets (after the 29-byte namespace header).</summary>
    public List<byte[]> Xmp { get; } = [];

    /// <summary>APP1 extended XMP chunks: GUID, full length, offset, data.</summary>
    public List<ExtendedXmpChunk> ExtendedXmp { get; } = [];

    /// <summary>Photoshop resource data, one entry per run of consecutive APP13 "Photoshop 3.0" segments, joined.</summary>
    public List<byte[]> PhotoshopRuns { get; } = [];

    /// <summary>IIM found in a FotoWare FotoStation trailer after EOI (non-standard place).</summary>
    public byte[]? TrailerIim { get; set; }

    public int? Width { get; set; }
    public int? Height { get; set; }
}

internal sealed record ExtendedXmpChunk(string Guid, uint FullLength, uint Offset, byte[] Data);
