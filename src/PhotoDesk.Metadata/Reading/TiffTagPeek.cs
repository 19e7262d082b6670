using System.Buffers.Binary;

namespace PhotoDesk.Metadata.Reading;

/// <summary>
/// Reads one IFD0 entry's raw bytes from a TIFF structure. Needed where MetadataExtractor cuts a value at its first
/// NUL: EXIF Copyright keeps the editor's notice after it. Returns null on any inconsistency.
/// </summary>
internal static class TiffTagPeek
{
    public static byte[]? Ifd0Bytes(ReadOnlySpan<byte> tiff, ushort wanted)
    {
        if (tiff.Length < 8) return null;
        bool little;
        if (tiff[0] == 'I' && tiff[1] == 'I') little = true;
        else if (tiff[0] == 'M' && tiff[1] == 'M') little = false;
        else return null;
        var ifd = U32(tiff, 4, little);
        if (ifd > tiff.Length - 2) return null;
        var count = U16(tiff, (int)ifd, little);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd + 2 + i * 12;
            if (entry + 12 > tiff.Length) return null;
            if (U16(tiff, entry, little) != wanted) continue;
            var type = U16(tiff, entry + 2, little);
            if (type is not (1 or 2 or 7)) return null; // BYTE, ASCII, UNDEFINED
            var n = U32(tiff, entry + 4, little);
            if (n <= 4) return tiff.Slice(entry + 8, (int)n).ToArray();
            var at = U32(tiff, entry + 8, little);
            return at + (long)n <= tiff.Length ? tiff.Slice((int)at, (int)n).ToArray() : null;
        }
        return null;
    }

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
