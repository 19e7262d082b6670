using System.Buffers.Binary;
using System.Text;

namespace PhotoDesk.Hardening.Tests.HostileFiles;

/// <summary>
/// Hostile TIFF, WebP and HEIC files built byte by byte: loops, counts and sizes that point past the end, boxes that
/// claim gigabytes. The metadata of these formats is read by MetadataExtractor; each must be read with warnings or
/// refused with a reason, quickly and in little memory.
/// </summary>
internal static class OtherFormatBytes
{
    /// <summary>Every case: file name (its extension picks the reader) → bytes.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> All =>
    [
        ("tiff-ifd-loop.tif", TiffIfdLoop()),
        ("tiff-entry-count-past-end.tif", TiffEntryCountPastEnd()),
        ("tiff-xmp-count-huge.tif", TiffXmpClaimingHugeCount()),
        ("tiff-exif-ifd-points-to-itself.tif", TiffExifIfdPointingToIfd0()),
        ("tiff-header-only.tiff", [.. "II*\0"u8, 8, 0, 0, 0]),
        ("webp-riff-size-huge.webp", WebpWithChunk("XMP ", 0x7FFF_FFF0, "<x:xmpmeta/>"u8.ToArray(), riffSize: 0xFFFF_FFF0)),
        ("webp-truncated.webp", [.. "RIFF"u8, 4, 0, 0, 0, .. "WEBP"u8]),
        ("webp-exif-chunk-odd.webp", WebpWithChunk("EXIF", 7, [0x49, 0x49, 0x2A, 0x00, 0xFF, 0xFF, 0xFF], riffSize: null)),
        ("heic-meta-box-past-end.heic", Heic(Box("meta", [0, 0, 0, 0, .. Box("iinf", [0, 0, 0, 0, 0xFF, 0xFF])], declaredSize: 0x7FFF_FFF0))),
        ("heic-largesize-huge.heic", Heic([0, 0, 0, 1, .. "meta"u8, 0x3F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0])),
        ("heic-box-size-zero.heic", Heic([0, 0, 0, 0, .. "meta"u8, 1, 2, 3, 4, 5])),
        ("heic-iloc-extent-count-huge.heic", Heic(Box("meta", [0, 0, 0, 0, .. Box("iloc", [1, 0, 0, 0, 0x44, 0x00, 0xFF, 0xFF, 0, 1, 0, 0, 0xFF, 0xFF])]))),
        ("heic-nested-boxes.heic", Heic(Nested(200))),
    ];

    private static byte[] Tiff(params (ushort Tag, ushort Type, uint Count, uint Value)[] entries) => Tiff(entries, nextIfd: 0);

    private static byte[] Tiff((ushort Tag, ushort Type, uint Count, uint Value)[] entries, uint nextIfd)
    {
        var bytes = new List<byte>("II*\0"u8.ToArray()) { 8, 0, 0, 0 };
        bytes.AddRange(BitConverter.GetBytes((ushort)entries.Length));
        foreach (var (tag, type, count, value) in entries)
        {
            bytes.AddRange(BitConverter.GetBytes(tag));
            bytes.AddRange(BitConverter.GetBytes(type));
            bytes.AddRange(BitConverter.GetBytes(count));
            bytes.AddRange(BitConverter.GetBytes(value));
        }
        bytes.AddRange(BitConverter.GetBytes(nextIfd));
        return [.. bytes];
    }

    /// <summary>IFD0's "next IFD" points back at IFD0.</summary>
    private static byte[] TiffIfdLoop() => Tiff([(256, 3, 1, 10), (257, 3, 1, 10)], nextIfd: 8);

    /// <summary>IFD0 claims 65,535 entries in a file of a few bytes.</summary>
    private static byte[] TiffEntryCountPastEnd() => [.. "II*\0"u8, 8, 0, 0, 0, 0xFF, 0xFF, 0x00, 0x01, 0x03, 0x00];

    /// <summary>The XMP tag (700) claims 2 GB of bytes at an offset past the end.</summary>
    private static byte[] TiffXmpClaimingHugeCount() => Tiff((256, 3, 1, 10), (700, 1, 0x7FFF_FFFF, 0x1000));

    /// <summary>The EXIF sub-IFD pointer (34665) points at IFD0 itself.</summary>
    private static byte[] TiffExifIfdPointingToIfd0() => Tiff((256, 3, 1, 10), (34665, 4, 1, 8));

    private static byte[] WebpWithChunk(string fourCc, uint declaredSize, byte[] payload, uint? riffSize)
    {
        var body = new List<byte>("WEBP"u8.ToArray());
        body.AddRange(Encoding.ASCII.GetBytes("VP8X"));
        body.AddRange(BitConverter.GetBytes(10u));
        body.AddRange(new byte[] { 0x24, 0, 0, 0, 9, 0, 0, 9, 0, 0 }); // XMP + EXIF flags, 10×10
        body.AddRange(Encoding.ASCII.GetBytes(fourCc));
        body.AddRange(BitConverter.GetBytes(declaredSize));
        body.AddRange(payload);
        var riff = new List<byte>("RIFF"u8.ToArray());
        riff.AddRange(BitConverter.GetBytes(riffSize ?? (uint)body.Count));
        riff.AddRange(body);
        return [.. riff];
    }

    private static byte[] Box(string type, byte[] content, uint? declaredSize = null)
    {
        var box = new byte[8 + content.Length];
        BinaryPrimitives.WriteUInt32BigEndian(box, declaredSize ?? (uint)box.Length);
        Encoding.ASCII.GetBytes(type, box.AsSpan(4));
        content.CopyTo(box, 8);
        return box;
    }

    private static byte[] Heic(byte[] rest) => [.. Box("ftyp", [.. "heic"u8, 0, 0, 0, 0, .. "mif1heic"u8]), .. rest];

    /// <summary>Boxes nested <paramref name="depth"/> deep (a reader that recurses without a limit runs out of stack).</summary>
    private static byte[] Nested(int depth)
    {
        var inner = Box("free", []);
        for (var i = 0; i < depth; i++) inner = Box(i % 2 == 0 ? "meta" : "dinf", [0, 0, 0, 0, .. inner]);
        return inner;
    }
}
