using System.Buffers.Binary;
using System.Text;
using PhotoDesk.Metadata.Writing.Xmp;
using XmpCore;

namespace PhotoDesk.Metadata.Writing.Jpeg;

/// <summary>Reads the XMP of a JPEG (standard + extended, merged) and builds the APP1 payloads for new XMP.</summary>
internal static class JpegXmpSegments
{
    /// <summary>35-byte header + 32-byte GUID + full length + offset.</summary>
    private const int ExtendedChunkHeader = 35 + 32 + 4 + 4;

    /// <summary>65,533 − 75 = 65,458 bytes of extended packet per APP1.</summary>
    public const int MaxExtendedChunk = JpegMarkers.MaxPayload - ExtendedChunkHeader;

    private const int MaxExtendedLength = 64 << 20;

    public static IXmpMeta Read(JpegLayout layout, string what)
    {
        var file = layout.File;
        IXmpMeta? meta = null;
        foreach (var s in layout.Segments.Where(s => s.IsStandardXmp(file)))
        {
            var parsed = XmpPacket.Parse(s.PayloadWithGap(file)[JpegMarkers.XmpHeader.Length..].ToArray(), what);
            if (meta is null) meta = parsed;
            // A second standard packet is a writer's mistake; keep its properties rather than drop them.
            else XmpUtils.AppendProperties(parsed, meta, true, false, false);
        }
        meta ??= XmpMetaFactory.Create();
        var guid = meta.GetPropertyString(XmpConstants.NsXmpNote, "HasExtendedXMP");
        if (!string.IsNullOrEmpty(guid) && AssembleExtended(layout, guid, what) is { } extended)
            XmpUtils.AppendProperties(XmpPacket.Parse(extended, what + " (extended XMP)"), meta, true, true, false);
        meta.DeleteProperty(XmpConstants.NsXmpNote, "HasExtendedXMP");
        return meta;
    }

    public static List<byte[]> Build(JpegXmpPackets packets)
    {
        byte[] standard = [.. JpegMarkers.XmpHeader, .. packets.Standard];
        var result = new List<byte[]> { standard };
        if (packets.Extended is not { } ext || packets.Guid is not { } guid) return result;
        var guidBytes = Encoding.ASCII.GetBytes(guid);
        for (var offset = 0; offset < ext.Length; offset += MaxExtendedChunk)
        {
            var length = Math.Min(MaxExtendedChunk, ext.Length - offset);
            var payload = new byte[ExtendedChunkHeader + length];
            JpegMarkers.ExtendedXmpHeader.CopyTo(payload);
            guidBytes.CopyTo(payload, 35);
            BinaryPrimitives.WriteUInt32BigEndian(payload.AsSpan(67), (uint)ext.Length);
            BinaryPrimitives.WriteUInt32BigEndian(payload.AsSpan(71), (uint)offset);
            ext.AsSpan(offset, length).CopyTo(payload.AsSpan(ExtendedChunkHeader));
            result.Add(payload);
        }
        return result;
    }

    /// <summary>Joins the chunks that carry <paramref name="guid"/>; null when there are none (a dangling reference).</summary>
    private static byte[]? AssembleExtended(JpegLayout layout, string guid, string what)
    {
        var file = layout.File;
        var guidBytes = Encoding.ASCII.GetBytes(guid);
        byte[]? buffer = null;
        var covered = 0L;
        foreach (var s in layout.Segments.Where(s => s.IsExtendedXmp(file)))
        {
            var p = s.Payload(file);
            if (p.Length < ExtendedChunkHeader || !p.Slice(35, 32).SequenceEqual(guidBytes)) continue;
            var full = BinaryPrimitives.ReadUInt32BigEndian(p[67..]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(p[71..]);
            var data = p[ExtendedChunkHeader..];
            if (full > MaxExtendedLength || (buffer is not null && buffer.Length != full) || offset + (long)data.Length > full)
                throw new MetadataWriteException($"{what}: extended XMP chunk at offset {s.Start} is inconsistent");
            buffer ??= new byte[full];
            data.CopyTo(buffer.AsSpan((int)offset));
            covered += data.Length;
        }
        if (buffer is not null && covered < buffer.Length)
            throw new MetadataWriteException($"{what}: extended XMP is incomplete ({covered} of {buffer.Length} bytes)");
        return buffer;
    }
}
