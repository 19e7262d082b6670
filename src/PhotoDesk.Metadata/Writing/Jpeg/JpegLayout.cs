namespace PhotoDesk.Metadata.Writing.Jpeg;

/// <summary>
/// A JPEG split into its marker segments up to the first SOS, and the offset where the scan begins. Everything
/// from <see cref="ScanStart"/> to the end of the file (SOS, entropy-coded data, later tables, EOI and any
/// trailer) is image data the writer copies verbatim.
/// </summary>
internal sealed class JpegLayout
{
    private JpegLayout(byte[] file, IReadOnlyList<JpegSegment> segments, int scanStart)
    {
        File = file;
        Segments = segments;
        ScanStart = scanStart;
    }

    public byte[] File { get; }

    /// <summary>Segments after SOI and before the first SOS, in file order.</summary>
    public IReadOnlyList<JpegSegment> Segments { get; }

    public int ScanStart { get; }

    public static bool LooksLikeJpeg(ReadOnlySpan<byte> head) => head.Length >= 3 && head[0] == 0xFF && head[1] == JpegMarkers.Soi && head[2] == 0xFF;

    /// <exception cref="MetadataWriteException">Not a JPEG, a segment running past the end, bytes between segments,
    /// or no image data.</exception>
    public static JpegLayout Parse(byte[] file, string what)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length < 4 || file[0] != 0xFF || file[1] != JpegMarkers.Soi)
            throw new MetadataWriteException($"{what}: not a JPEG (no SOI marker at the start)");
        var segments = new List<JpegSegment>();
        var pos = 2;
        while (true)
        {
            var start = pos;
            if (pos >= file.Length) throw new MetadataWriteException($"{what}: the file ends before any image data (no SOS)");
            if (file[pos] != 0xFF)
            {
                // Stray bytes after a segment: find the next marker and keep the gap with the previous segment.
                var next = NextMarker(file, pos);
                if (segments.Count == 0 || next < 0)
                    throw new MetadataWriteException($"{what}: malformed JPEG, byte 0x{file[pos]:X2} at offset {pos} where a marker should be");
                segments[^1] = segments[^1] with { RawEnd = next };
                pos = start = next;
            }
            // Any number of 0xFF fill bytes may precede a marker (T.81 B.1.1.2).
            while (pos < file.Length && file[pos] == 0xFF) pos++;
            if (pos >= file.Length) throw new MetadataWriteException($"{what}: the file ends inside a marker");
            var marker = file[pos++];
            if (marker == JpegMarkers.Sos) return new JpegLayout(file, segments, start);
            if (marker is JpegMarkers.Eoi or JpegMarkers.Soi or 0x00)
                throw new MetadataWriteException($"{what}: malformed JPEG, marker 0x{marker:X2} at offset {pos - 1} before any image data");
            if (JpegMarkers.IsStandalone(marker))
            {
                segments.Add(new JpegSegment(start, pos, marker, pos));
                continue;
            }
            if (pos + 2 > file.Length) throw new MetadataWriteException($"{what}: the file ends inside segment 0x{marker:X2}");
            var length = (file[pos] << 8) | file[pos + 1];
            if (length < 2 || pos + length > file.Length)
                throw new MetadataWriteException($"{what}: segment 0x{marker:X2} at offset {start} claims {length} bytes, past the end of the file");
            segments.Add(new JpegSegment(start, pos + length, marker, pos + 2));
            pos += length;
        }
    }

    /// <summary>The offset of the next 0xFF that starts a plausible marker (not a stuffed 0xFF00), or -1.</summary>
    private static int NextMarker(byte[] file, int from)
    {
        for (var i = from; i + 1 < file.Length; i++)
            if (file[i] == 0xFF && file[i + 1] is >= 0xC0 and < 0xFF) return i;
        return -1;
    }
}
