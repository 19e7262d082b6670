using System.Buffers.Binary;
using PhotoDesk.Ingest.Identity;

namespace PhotoDesk.Ingest.Thumbnails;

/// <summary>
/// The JPEG preview a camera or editor embeds in EXIF IFD1 (tags 0x0201 offset / 0x0202 length, relative to the
/// TIFF header inside APP1). Taking it is what makes thumbnails fast (as Photo Mechanic does). Every offset is
/// checked against the payload; a malformed block gives null.
/// </summary>
public static class ExifPreview
{
    private const ushort TagJpegOffset = 0x0201;
    private const ushort TagJpegLength = 0x0202;

    public static byte[]? TryRead(Stream jpeg)
    {
        ArgumentNullException.ThrowIfNull(jpeg);
        var tiff = JpegStructure.ReadExifPayload(jpeg);
        return tiff is null ? null : FromTiff(tiff);
    }

    public static byte[]? FromTiff(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8) return null;
        bool little;
        if (tiff[0] == 'I' && tiff[1] == 'I') little = true;
        else if (tiff[0] == 'M' && tiff[1] == 'M') little = false;
        else return null;
        var ifd0 = U32(tiff, 4, little);
        var ifd1 = NextIfd(tiff, ifd0, little);
        if (ifd1 is not { } at || at == ifd0) return null; // absent, or an IFD pointing at itself
        uint? offset = null, length = null;
        var count = U16(tiff, (int)at, little);
        if (count is not { } n) return null;
        for (var i = 0; i < n; i++)
        {
            var entry = (long)at + 2 + i * 12L;
            if (entry + 12 > tiff.Length) return null;
            var tag = U16(tiff, (int)entry, little);
            var value = U32(tiff, (int)entry + 8, little);
            if (tag == TagJpegOffset) offset = value;
            else if (tag == TagJpegLength) length = value;
        }
        if (offset is not { } o || length is not { } l || l < 4 || (long)o + l > tiff.Length) return null;
        var preview = tiff.Slice((int)o, (int)l);
        return preview[0] == 0xFF && preview[1] == 0xD8 ? preview.ToArray() : null;
    }

    private static uint? NextIfd(ReadOnlySpan<byte> tiff, uint? ifd, bool little)
    {
        if (ifd is not { } at || at < 8 || at + 2 > tiff.Length) return null;
        var count = U16(tiff, (int)at, little);
        if (count is not { } n) return null;
        var next = (long)at + 2 + n * 12L;
        if (next + 4 > tiff.Length) return null;
        var value = U32(tiff, (int)next, little);
        return value is 0 ? null : value;
    }

    private static ushort? U16(ReadOnlySpan<byte> b, int at, bool little)
    {
        if (at < 0 || at + 2 > b.Length) return null;
        var s = b.Slice(at, 2);
        return little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);
    }

    private static uint? U32(ReadOnlySpan<byte> b, int at, bool little)
    {
        if (at < 0 || at + 4 > b.Length) return null;
        var s = b.Slice(at, 4);
        return little ? BinaryPrimitives.ReadUInt32LittleEndian(s) : BinaryPrimitives.ReadUInt32BigEndian(s);
    }
}
