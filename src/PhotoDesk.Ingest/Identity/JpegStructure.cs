namespace PhotoDesk.Ingest.Identity;

/// <summary>
/// Just enough of the JPEG marker structure for ingest: where the scan data starts (first SOS) and the EXIF APP1
/// payload. Reads segment headers only; every length is checked against the file, a malformed file gives "not
/// found", never an exception.
/// </summary>
public static class JpegStructure
{
    private const byte Marker = 0xFF;
    private const byte Soi = 0xD8;
    private const byte Sos = 0xDA;
    private const byte Eoi = 0xD9;
    private const byte App1 = 0xE1;

    public static bool LooksLikeJpeg(ReadOnlySpan<byte> head) => head.Length >= 3 && head[0] == Marker && head[1] == Soi && head[2] == Marker;

    /// <summary>Offset of the first SOS marker, or -1 when the file has none (not a JPEG, or truncated before the scan).</summary>
    public static long FindScanStart(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        long found = -1;
        Walk(stream, (marker, offset, _) =>
        {
            if (marker != Sos) return true;
            found = offset;
            return false;
        });
        return found;
    }

    /// <summary>The payload of the EXIF APP1 segment after its <c>Exif\0\0</c> header (a TIFF structure), or null.</summary>
    public static byte[]? ReadExifPayload(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[]? exif = null;
        Walk(stream, (marker, offset, length) =>
        {
            if (marker == Sos) return false;
            if (marker != App1 || length < 8) return true;
            var payload = new byte[length - 2];
            stream.Position = offset + 4;
            if (stream.ReadAtLeast(payload, payload.Length, throwOnEndOfStream: false) != payload.Length) return false;
            if (payload.AsSpan().StartsWith("Exif\0\0"u8))
            {
                exif = payload[6..];
                return false;
            }
            return true;
        });
        return exif;
    }

    /// <summary>
    /// Visits each marker segment before the scan with (marker, offset of its 0xFF, segment length incl. the two
    /// length bytes); the visitor returns false to stop. Stops at SOS (visited), EOI or anything malformed.
    /// </summary>
    private static void Walk(Stream stream, Func<byte, long, int, bool> visit)
    {
        Span<byte> header = stackalloc byte[4];
        stream.Position = 0;
        if (stream.ReadAtLeast(header[..2], 2, throwOnEndOfStream: false) != 2 || header[0] != Marker || header[1] != Soi) return;
        var position = 2L;
        var length = stream.Length;
        while (position + 4 <= length)
        {
            stream.Position = position;
            if (stream.ReadAtLeast(header, 4, throwOnEndOfStream: false) != 4) return;
            if (header[0] != Marker) return;
            var marker = header[1];
            if (marker == Marker)
            {
                position++; // fill byte (0xFF padding before a marker)
                continue;
            }
            if (marker == Eoi) return;
            if (marker is >= 0xD0 and <= 0xD7 or 0x01)
            {
                position += 2; // standalone markers: RSTn, TEM
                continue;
            }
            var segmentLength = (header[2] << 8) | header[3];
            if (segmentLength < 2) return;
            if (!visit(marker, position, segmentLength)) return;
            if (marker == Sos) return;
            position += 2 + segmentLength;
        }
    }
}
