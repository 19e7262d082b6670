using System.Buffers.Binary;
using System.Globalization;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;

namespace PhotoDesk.Metadata.Reading;

/// <summary>
/// Reads the few EXIF tags PhotoDesk uses straight from a JPEG's TIFF structure (IFD0, the EXIF IFD, the GPS IFD)
/// without touching maker notes, which cost MetadataExtractor most of its time on camera files. Every entry of
/// the IFDs walked is bounds-checked; damage becomes a warning. Tags: TIFF 6.0 and EXIF 2.32 (CIPA DC-008).
/// </summary>
internal static class ExifIfdReader
{
    private const int MaxWarningsPerIfd = 3;

    private readonly record struct Entry(ushort Tag, ushort Type, uint Count, int ValueAt, int Size);

    public static BlockValues Read(byte[] tiff, ICollection<string> warnings)
    {
        var values = new BlockValues(MetadataSource.Exif);
        if (tiff.Length < 8 || !(tiff[0] == 'I' && tiff[1] == 'I' || tiff[0] == 'M' && tiff[1] == 'M'))
        {
            warnings.Add("EXIF: not a TIFF structure (bad byte-order mark); ignored");
            return values;
        }
        var reader = new Tiff(tiff, tiff[0] == 'I');
        var ifd0 = reader.Ifd(reader.U32(4), "IFD0", warnings);
        values.SetText(PhotoFields.Make, reader.Text(ifd0, 0x010F));
        values.SetText(PhotoFields.Model, reader.Text(ifd0, 0x0110));
        values.SetText(PhotoFields.Description, reader.Text(ifd0, 0x010E));
        if (reader.Text(ifd0, 0x013B) is { } artist) values.SetList(PhotoFields.Creators, MwgStringList.Split(artist));
        if (reader.Bytes(ifd0, 0x8298) is { } copyright) values.SetText(PhotoFields.Copyright, ExifCopyright.Decode(copyright));

        if (reader.Pointer(ifd0, 0x8769) is { } exifAt)
        {
            var exif = reader.Ifd(exifAt, "EXIF IFD", warnings);
            values.CaptureTime = CaptureTimeOf(reader.Text(exif, 0x9003), reader.Text(exif, 0x9011), warnings);
            if (reader.Number(exif, 0xA002) is { } w && reader.Number(exif, 0xA003) is { } h && w > 0 && h > 0) (values.Width, values.Height) = (w, h);
        }
        if (reader.Pointer(ifd0, 0x8825) is { } gpsAt)
        {
            var gps = reader.Ifd(gpsAt, "GPS IFD", warnings);
            values.Gps = GpsOf(reader, gps);
        }
        if (TiffTagPeek.Ifd1Problem(tiff) is { } problem) warnings.Add(problem);
        return values;
    }

    private static CaptureTime? CaptureTimeOf(string? text, string? offsetText, ICollection<string> warnings)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Trim(':', ' ', '0').Length == 0) return null;
        if (!DateTime.TryParseExact(text, "yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            warnings.Add($"EXIF DateTimeOriginal '{text}' is not a valid date-time; ignored");
            return null;
        }
        TimeSpan? offset = null;
        offsetText = offsetText?.Trim();
        if (!string.IsNullOrEmpty(offsetText))
        {
            if (ExifMapper.TryParseOffset(offsetText, out var o)) offset = o;
            else warnings.Add($"EXIF OffsetTimeOriginal '{offsetText}' is not ±HH:MM; ignored");
        }
        return new CaptureTime(local, offset);
    }

    private static GeoPoint? GpsOf(Tiff t, List<Entry> gps)
    {
        var lat = t.Degrees(gps, 0x0002);
        var lon = t.Degrees(gps, 0x0004);
        if (lat is not { } a || lon is not { } o) return null;
        if (t.Text(gps, 0x0001)?.Trim() is "S" or "s") a = -a;
        if (t.Text(gps, 0x0003)?.Trim() is "W" or "w") o = -o;
        return a is >= -90 and <= 90 && o is >= -180 and <= 180 ? new GeoPoint(a, o) : null;
    }

    /// <summary>A TIFF structure in memory with its byte order.</summary>
    private sealed class Tiff(byte[] data, bool little)
    {
        private static readonly int[] TypeSizes = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];
        private readonly HashSet<uint> _visited = [];

        public ushort U16(int at) => little ? BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(at)) : BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at));

        public uint U32(int at) => little ? BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(at)) : BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at));

        /// <summary>The IFD's entries whose values lie inside the data; the rest are reported and dropped.</summary>
        public List<Entry> Ifd(uint offset, string name, ICollection<string> warnings)
        {
            var entries = new List<Entry>();
            if (!_visited.Add(offset)) { warnings.Add($"EXIF: {name} points back to an IFD already read"); return entries; }
            if (offset > data.Length - 2) { warnings.Add($"EXIF: {name} lies outside the EXIF data"); return entries; }
            int count = U16((int)offset), problems = 0;
            var fits = (data.Length - (int)offset - 2) / 12;
            if (count > fits)
            {
                warnings.Add($"EXIF: {name} declares {count} entries but only {fits} fit in the EXIF data");
                count = fits;
            }
            for (var i = 0; i < count; i++)
            {
                var at = (int)offset + 2 + i * 12;
                ushort tag = U16(at), type = U16(at + 2);
                var n = U32(at + 4);
                if (type is 0 or > 13)
                {
                    if (problems++ < MaxWarningsPerIfd) warnings.Add($"EXIF: {name} entry 0x{tag:X4} has an invalid format code {type}");
                    continue;
                }
                var size = (long)n * TypeSizes[type];
                long valueAt = size <= 4 ? at + 8 : U32(at + 8);
                if (valueAt + size > data.Length)
                {
                    if (problems++ < MaxWarningsPerIfd) warnings.Add($"EXIF: {name} entry 0x{tag:X4} points outside the EXIF data");
                    continue;
                }
                entries.Add(new Entry(tag, type, n, (int)valueAt, (int)size));
            }
            return entries;
        }

        public byte[]? Bytes(List<Entry> ifd, ushort tag)
        {
            foreach (var e in ifd)
            {
                if (e.Tag == tag && e.Type is 1 or 2 or 7) return data.AsSpan(e.ValueAt, e.Size).ToArray();
            }
            return null;
        }

        public string? Text(List<Entry> ifd, ushort tag) =>
            Bytes(ifd, tag) is { } b ? LegacyText.DecodeGuessing(LegacyText.UpToNul(b)) : null;

        public uint? Pointer(List<Entry> ifd, ushort tag)
        {
            foreach (var e in ifd)
            {
                if (e.Tag == tag && e.Type is 4 or 13 && e.Count >= 1) return U32(e.ValueAt);
            }
            return null;
        }

        public int? Number(List<Entry> ifd, ushort tag)
        {
            foreach (var e in ifd)
            {
                if (e.Tag != tag || e.Count < 1) continue;
                if (e.Type == 3) return U16(e.ValueAt);
                if (e.Type == 4) return U32(e.ValueAt) is var v && v <= int.MaxValue ? (int)v : null;
            }
            return null;
        }

        /// <summary>Three RATIONALs (degrees, minutes, seconds) as decimal degrees; null when a denominator is 0.</summary>
        public double? Degrees(List<Entry> ifd, ushort tag)
        {
            foreach (var e in ifd)
            {
                if (e.Tag != tag || e.Type != 5 || e.Count < 3) continue;
                double total = 0, scale = 1;
                for (var i = 0; i < 3; i++)
                {
                    uint num = U32(e.ValueAt + i * 8), den = U32(e.ValueAt + i * 8 + 4);
                    if (den == 0) return null;
                    total += (double)num / den / scale;
                    scale *= 60;
                }
                return total;
            }
            return null;
        }
    }
}
