namespace PhotoDesk.Metadata.Tests.Writing;

/// <summary>
/// An independent, deliberately simple JPEG walker for assertions (not the writer's own parser): the segments
/// before the first SOS and the bytes from that SOS to the end of the file.
/// </summary>
internal static class JpegBytes
{
    public sealed record Segment(byte Marker, byte[] Bytes)
    {
        public bool StartsWith(string ascii) => Bytes.Length >= 4 + ascii.Length && Bytes.AsSpan(4, ascii.Length).SequenceEqual(System.Text.Encoding.ASCII.GetBytes(ascii));

        /// <summary>XMP, extended XMP and Photoshop APP13 are what the writer may change; all else must survive.</summary>
        public bool IsMetadataTheWriterOwns =>
            Marker == 0xE1 && (StartsWith("http://ns.adobe.com/xap/1.0/\0") || StartsWith("http://ns.adobe.com/xmp/extension/\0"))
            || Marker == 0xED && StartsWith("Photoshop 3.0\0");
    }

    public static (List<Segment> Segments, byte[] Scan) Split(byte[] file)
    {
        var segments = new List<Segment>();
        var pos = 2;
        while (true)
        {
            var start = pos;
            if (file[pos] != 0xFF)
            {
                // Stray bytes after a segment whose length is too short: they stay with that segment.
                while (!(file[pos] == 0xFF && file[pos + 1] is >= 0xC0 and < 0xFF)) pos++;
                segments[^1] = segments[^1] with { Bytes = [.. segments[^1].Bytes, .. file[start..pos]] };
                start = pos;
            }
            while (file[pos] == 0xFF) pos++;
            var marker = file[pos++];
            if (marker == 0xDA) return (segments, file[start..]);
            if (marker is >= 0xD0 and <= 0xD7 or 0x01) { segments.Add(new Segment(marker, file[start..pos])); continue; }
            var length = (file[pos] << 8) | file[pos + 1];
            segments.Add(new Segment(marker, file[start..(pos + length)]));
            pos += length;
        }
    }

    /// <summary>The segments the writer must leave alone, in order (with <paramref name="exifEdited"/>, EXIF is not one of them).</summary>
    public static List<byte[]> Untouchable(byte[] file, bool exifEdited = false) =>
        Split(file).Segments.Where(s => !s.IsMetadataTheWriterOwns && !(exifEdited && s.Marker == 0xE1 && s.StartsWith("Exif\0")))
            .Select(s => s.Bytes).ToList();

    public static byte[] ScanData(byte[] file) => Split(file).Scan;
}
