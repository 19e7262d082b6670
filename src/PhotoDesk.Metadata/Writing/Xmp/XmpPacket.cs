using System.Text;
using XmpCore;
using XmpCore.Options;

namespace PhotoDesk.Metadata.Writing.Xmp;

/// <summary>
/// Parsing and serialising XMP packets safely. Metadata is untrusted: a packet with a DTD (<c>&lt;!DOCTYPE</c> or
/// <c>&lt;!ENTITY</c>) is refused outright — XmpCore is also told to disallow DOCTYPE — rather than dropped and
/// replaced, because replacing it would silently lose whatever else the packet held. The caller gets a
/// <see cref="MetadataWriteException"/> and the file stays as it was.
/// </summary>
internal static class XmpPacket
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static IXmpMeta Parse(byte[] packet, string what)
    {
        ArgumentNullException.ThrowIfNull(packet);
        if (ContainsDtd(packet))
            throw new MetadataWriteException($"{what}: the XMP packet declares a DTD/entities; refusing to rewrite it");
        try
        {
            var options = new ParseOptions { DisallowDoctype = true };
            // XmpCore 6.1.10 rejects UTF-16/32 buffers ("Unsupported Encoding"): decode those ourselves.
            if (DetectWideEncoding(packet) is { } wide)
                return XmpMetaFactory.ParseFromString(wide.GetString(packet).Trim('\uFEFF', '\0'), options);
            // Writers leave NUL bytes after the packet (Photoshop CS5, metadata-extractor-images "Issue 154").
            var end = packet.AsSpan().LastIndexOfAnyExcept((byte)0) + 1;
            var start = packet.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
            return XmpMetaFactory.ParseFromBuffer(packet[start..Math.Max(start, end)], options);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // XmpCore surfaces malformed input as XmpException, XmlException and also runtime exceptions
            // (InvalidCastException on odd RDF, seen under fuzzing); all mean "not an XMP packet we can edit".
            throw new MetadataWriteException($"{what}: the XMP packet cannot be parsed ({e.Message})", e);
        }
    }

    /// <summary>Serialises without the UTF-8 BOM XmpCore prepends (exiftool: "Superfluous BOM").</summary>
    public static byte[] Serialize(IXmpMeta meta, SerializeOptions options)
    {
        byte[] bytes;
        try
        {
            bytes = XmpMetaFactory.SerializeToBuffer(meta, options);
        }
        catch (XmpException e)
        {
            throw new MetadataWriteException($"the XMP packet cannot be serialised ({e.Message})", e);
        }
        return bytes.AsSpan().StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes;
    }

    private static bool ContainsDtd(byte[] packet)
    {
        // UTF-16/32 packets are checked after transcoding to UTF-8 by the same rule.
        var text = DetectWideEncoding(packet) is { } wide ? Encoding.UTF8.GetBytes(wide.GetString(packet)) : packet;
        return text.AsSpan().IndexOf("<!DOCTYPE"u8) >= 0 || text.AsSpan().IndexOf("<!ENTITY"u8) >= 0
            || text.AsSpan().IndexOf("<!doctype"u8) >= 0 || text.AsSpan().IndexOf("<!entity"u8) >= 0;
    }

    private static Encoding? DetectWideEncoding(byte[] b)
    {
        if (b.Length < 4) return null;
        if (b[0] == 0 && b[1] == 0 && b[2] == 0) return new UTF32Encoding(bigEndian: true, byteOrderMark: false);
        if (b[1] == 0 && b[2] == 0 && b[3] == 0) return new UTF32Encoding(bigEndian: false, byteOrderMark: false);
        if (b[0] == 0xFE && b[1] == 0xFF || b[0] == 0 && b[1] != 0) return Encoding.BigEndianUnicode;
        if (b[0] == 0xFF && b[1] == 0xFE || b[0] != 0 && b[1] == 0) return Encoding.Unicode;
        return null;
    }
}
