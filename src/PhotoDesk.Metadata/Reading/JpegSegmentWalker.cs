using System.Buffers.Binary;
using System.Text;

namespace PhotoDesk.Metadata.Reading;

/// <summary>
/// Walks JPEG marker segments up to the first SOS and copies out only the segments metadata lives in (APP1 EXIF
/// and XMP, APP13 Photoshop, SOFn for the dimensions); everything else is skipped with a seek. This is the hot path
/// of ingest, so it reads no pixel data. Broken structure ends the walk with a warning, never an exception.
/// </summary>
internal static class JpegSegmentWalker
{
    private static readonly byte[] ExifHeader = "Exif\0\0"u8.ToArray();
    private static readonly byte[] XmpHeader = "http://ns.adobe.com/xap/1.0/\0"u8.ToArray();
    private static readonly byte[] ExtendedXmpHeader = "http://ns.adobe.com/xmp/extension/\0"u8.ToArray();
    private static readonly byte[] PhotoshopHeader = "Photoshop 3.0\0"u8.ToArray();

    /// <summary>How far into a file we look for SOI when junk precedes it (seen in fuzzed files).</summary>
    private const int SoiSearchLimit = 4096;

    /// <summary>An IIM block is a few kilobytes; more in a trailer record is damage, not data.</summary>
    private const long MaxTrailerIimBytes = 4 * 1024 * 1024;

    /// <summary>How many unknown bytes between segments we step over looking for the next marker.</summary>
    private const int MaxResyncBytes = 64 * 1024;

    /// <summary>Returns null when the stream is not a JPEG at all.</summary>
    public static JpegParts? Read(Stream stream, ICollection<string> warnings, CancellationToken cancellationToken)
    {
        var start = FindSoi(stream);
        if (start < 0) return null;
        if (start > 0) warnings.Add($"JPEG: {start} junk bytes before the start-of-image marker were skipped");
        stream.Position = start + 2;

        var parts = new JpegParts();
        var header = new byte[4];
        var previousWasPhotoshop = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var marker = NextMarker(stream, warnings);
            if (marker < 0) break;
            if (marker is 0xD9 or 0xDA) break; // EOI, SOS: no metadata segments after this
            if (marker is >= 0xD0 and <= 0xD8 or 0x01) continue; // standalone markers
            if (stream.Read(header, 0, 2) != 2)
            {
                warnings.Add($"JPEG: file ends inside the marker FF{marker:X2}");
                break;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(header) - 2;
            if (length < 0)
            {
                warnings.Add($"JPEG: segment FF{marker:X2} at offset {stream.Position - 4} has an impossible length");
                break;
            }
            var isPhotoshop = false;
            if (IsWanted(marker))
            {
                var payload = ReadPayload(stream, length, marker, warnings);
                isPhotoshop = Handle(marker, payload, parts, previousWasPhotoshop, warnings);
                if (payload.Length < length) break;
            }
            else
            {
                if (stream.Position + length > stream.Length)
                {
                    warnings.Add($"JPEG: segment FF{marker:X2} runs past the end of the file");
                    break;
                }
                stream.Seek(length, SeekOrigin.Current);
            }
            previousWasPhotoshop = isPhotoshop;
        }
        ReadFotoStationTrailer(stream, parts, warnings);
        return parts;
    }

    private static bool IsWanted(int marker) =>
        marker is 0xE1 or 0xED || marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    private static long FindSoi(Stream stream)
    {
        var buffer = new byte[(int)Math.Min(SoiSearchLimit, stream.Length)];
        var n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var span = buffer.AsSpan(0, n);
        if (span.Length >= 2 && span[0] == 0xFF && span[1] == 0xD8) return 0;
        var at = span.IndexOf([(byte)0xFF, (byte)0xD8, (byte)0xFF]);
        return at;
    }

    /// <summary>Reads the next marker code, skipping 0xFF fill bytes; -1 when there is none.</summary>
    private static int NextMarker(Stream stream, ICollection<string> warnings)
    {
        var b = stream.ReadByte();
        if (b < 0)
        {
            warnings.Add("JPEG: file ends before the image data");
            return -1;
        }
        if (b != 0xFF)
        {
            // Like exiftool: skip unknown bytes between segments (seen after an APP1 in a camera-trap file).
            var from = stream.Position - 1;
            var skipped = 0;
            while (b >= 0 && b != 0xFF && skipped < MaxResyncBytes)
            {
                b = stream.ReadByte();
                skipped++;
            }
            if (b != 0xFF)
            {
                warnings.Add($"JPEG: expected a marker at offset {from} but found none; later segments were not read");
                return -1;
            }
            warnings.Add($"JPEG: skipped {skipped} unknown bytes at offset {from} before the next marker");
        }
        do b = stream.ReadByte(); while (b == 0xFF);
        if (b < 0)
        {
            warnings.Add("JPEG: file ends inside a marker");
            return -1;
        }
        if (b == 0x00)
        {
            warnings.Add($"JPEG: stray 0xFF00 at offset {stream.Position - 2}; later segments were not read");
            return -1;
        }
        return b;
    }

    private static byte[] ReadPayload(Stream stream, int length, int marker, ICollection<string> warnings)
    {
        var payload = new byte[length];
        var n = stream.ReadAtLeast(payload, length, throwOnEndOfStream: false);
        if (n == length) return payload;
        warnings.Add($"JPEG: segment FF{marker:X2} is cut short ({n} of {length} bytes)");
        return payload.AsSpan(0, n).ToArray();
    }

    private static bool Handle(int marker, byte[] payload, JpegParts parts, bool previousWasPhotoshop, ICollection<string> warnings)
    {
        ReadOnlySpan<byte> p = payload;
        if (marker == 0xED)
        {
            if (!p.StartsWith(PhotoshopHeader)) return false;
            var data = payload[PhotoshopHeader.Length..];
            // exiftool joins consecutive Photoshop APP13 segments: a resource may straddle them.
            if (previousWasPhotoshop && parts.PhotoshopRuns.Count > 0) parts.PhotoshopRuns[^1] = [.. parts.PhotoshopRuns[^1], .. data];
            else parts.PhotoshopRuns.Add(data);
            return true;
        }
        if (marker == 0xE1)
        {
            if (p.StartsWith(ExifHeader)) parts.Exif.Add(payload[ExifHeader.Length..]);
            else if (p.StartsWith(XmpHeader)) parts.Xmp.Add(payload[XmpHeader.Length..]);
            else if (p.StartsWith(ExtendedXmpHeader)) AddExtendedChunk(payload, parts, warnings);
            return false;
        }
        // SOFn: precision, height, width (ITU T.81, B.2.2). The first frame header describes the image.
        if (parts.Width is null && p.Length >= 5)
        {
            parts.Height = BinaryPrimitives.ReadUInt16BigEndian(p.Slice(1, 2));
            parts.Width = BinaryPrimitives.ReadUInt16BigEndian(p.Slice(3, 2));
        }
        return false;
    }

    private static void AddExtendedChunk(byte[] payload, JpegParts parts, ICollection<string> warnings)
    {
        var at = ExtendedXmpHeader.Length;
        if (payload.Length < at + 40)
        {
            warnings.Add("JPEG: extended XMP segment too short; ignored");
            return;
        }
        var guid = Encoding.ASCII.GetString(payload, at, 32);
        var full = BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(at + 32, 4));
        var offset = BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(at + 36, 4));
        parts.ExtendedXmp.Add(new ExtendedXmpChunk(guid, full, offset, payload[(at + 40)..]));
    }

    /// <summary>
    /// FotoWare FotoStation appends records after EOI, read from the end: data, then a 10-byte footer
    /// (16-bit type, 32-bit size including the footer, signature A1B2C3D4). Type 1 is an IIM block.
    /// </summary>
    private static void ReadFotoStationTrailer(Stream stream, JpegParts parts, ICollection<string> warnings)
    {
        var end = stream.Length;
        var footer = new byte[10];
        for (var guard = 0; guard < 16 && end >= 10; guard++)
        {
            stream.Position = end - 10;
            if (stream.ReadAtLeast(footer, 10, throwOnEndOfStream: false) != 10) return;
            if (BinaryPrimitives.ReadUInt32BigEndian(footer.AsSpan(6)) != 0xA1B2C3D4) return;
            var type = BinaryPrimitives.ReadUInt16BigEndian(footer);
            var size = BinaryPrimitives.ReadUInt32BigEndian(footer.AsSpan(2));
            if (size < 10 || size > end)
            {
                warnings.Add("FotoStation trailer has an impossible record size; ignored");
                return;
            }
            var dataStart = end - size;
            if (type == 1 && parts.TrailerIim is null && size > MaxTrailerIimBytes)
            {
                warnings.Add($"FotoStation trailer IPTC record of {size} bytes is implausibly large; ignored");
            }
            else if (type == 1 && parts.TrailerIim is null)
            {
                var data = new byte[size - 10];
                stream.Position = dataStart;
                stream.ReadExactly(data);
                parts.TrailerIim = data;
            }
            end = dataStart;
        }
    }
}
