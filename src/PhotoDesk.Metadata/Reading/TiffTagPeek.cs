using System.Buffers.Binary;

namespace PhotoDesk.Metadata.Reading;

/// <summary>Checks the IFD chain of a TIFF structure beyond IFD0, which the tag readers do not walk.</summary>
internal static class TiffTagPeek
{
    /// <summary>
    /// Describes a damaged IFD chain after IFD0 (the thumbnail IFD1), which MetadataExtractor skips silently and
    /// exiftool reports as "Bad IFD1 directory"; null when it is fine or absent.
    /// </summary>
    public static string? Ifd1Problem(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8) return null;
        bool little;
        if (tiff[0] == 'I' && tiff[1] == 'I') little = true;
        else if (tiff[0] == 'M' && tiff[1] == 'M') little = false;
        else return "EXIF: not a TIFF structure (bad byte-order mark)";
        var ifd0 = U32(tiff, 4, little);
        if (ifd0 > tiff.Length - 2) return "EXIF: IFD0 lies outside the EXIF data";
        var count = U16(tiff, (int)ifd0, little);
        var nextAt = (long)ifd0 + 2 + count * 12L;
        if (nextAt + 4 > tiff.Length) return "EXIF: IFD0 runs past the end of the EXIF data";
        var next = U32(tiff, (int)nextAt, little);
        if (next == 0) return null;
        if (next > tiff.Length - 2) return "EXIF: IFD1 (thumbnail) lies outside the EXIF data";
        var entries = U16(tiff, (int)next, little);
        return entries == 0 || next + 2 + entries * 12L > tiff.Length ? "EXIF: IFD1 (thumbnail) directory is damaged" : null;
    }

    private static ushort U16(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt16BigEndian(b[at..]);

    private static uint U32(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt32BigEndian(b[at..]);
}
