using System.Globalization;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;
using Directory = MetadataExtractor.Directory;

namespace PhotoDesk.Metadata.Reading;

/// <summary>
/// Maps MetadataExtractor's EXIF directories to PhotoDesk fields (formats other than JPEG; JPEG uses <see cref="ExifIfdReader"/>). EXIF strings carry no encoding: decoded as UTF-8
/// when valid (as exiftool does in MWG mode), else Windows-1252. A value MetadataExtractor could not read is skipped.
/// </summary>
internal static class ExifMapper
{
    public static BlockValues Map(IEnumerable<Directory> directories, ICollection<string> warnings)
    {
        var values = new BlockValues(MetadataSource.Exif);
        foreach (var directory in directories)
        {
            foreach (var error in directory.Errors) warnings.Add($"EXIF ({directory.Name}): {error}");
            switch (directory)
            {
                case ExifIfd0Directory ifd0:
                    values.SetText(PhotoFields.Make, Text(ifd0, ExifDirectoryBase.TagMake));
                    values.SetText(PhotoFields.Model, Text(ifd0, ExifDirectoryBase.TagModel));
                    values.SetText(PhotoFields.Description, Text(ifd0, ExifDirectoryBase.TagImageDescription));
                    values.SetText(PhotoFields.Copyright, Copyright(ifd0));
                    if (Text(ifd0, ExifDirectoryBase.TagArtist) is { } artist) values.SetList(PhotoFields.Creators, MwgStringList.Split(artist));
                    break;
                case ExifSubIfdDirectory sub when values.CaptureTime is null:
                    values.CaptureTime = CaptureTimeOf(sub, warnings);
                    if (sub.TryGetInt32(ExifDirectoryBase.TagExifImageWidth, out var w) && sub.TryGetInt32(ExifDirectoryBase.TagExifImageHeight, out var h) && w > 0 && h > 0)
                        (values.Width, values.Height) = (w, h);
                    break;
                case GpsDirectory gps when values.Gps is null:
                    values.Gps = GpsOf(gps);
                    break;
            }
        }
        return values;
    }

    private static string? Text(Directory directory, int tag)
    {
        var bytes = directory.GetObject(tag) switch
        {
            StringValue sv => sv.Bytes,
            byte[] b => b,
            string s => System.Text.Encoding.UTF8.GetBytes(s),
            _ => null,
        };
        return bytes is null ? null : LegacyText.DecodeGuessing(LegacyText.UpToNul(bytes));
    }

    /// <summary>
    /// EXIF Copyright may hold "photographer\0editor\0" (EXIF 2.32, 4.6.5). As exiftool's RawConv: the first NUL
    /// (and blanks before it) becomes a newline, the text ends at a second NUL, a trailing newline is dropped.
    /// </summary>
    private static string? Copyright(Directory ifd0)
    {
        if (!ifd0.ContainsTag(ExifDirectoryBase.TagCopyright)) return null;
        var bytes = ifd0.GetObject(ExifDirectoryBase.TagCopyright) switch
        {
            StringValue sv => sv.Bytes,
            byte[] b => b,
            _ => null,
        };
        if (bytes is null) return Text(ifd0, ExifDirectoryBase.TagCopyright);
        return ExifCopyright.Decode(bytes);
    }

    private static CaptureTime? CaptureTimeOf(ExifSubIfdDirectory sub, ICollection<string> warnings)
    {
        var text = Text(sub, ExifDirectoryBase.TagDateTimeOriginal)?.Trim();
        if (string.IsNullOrEmpty(text) || text.Trim(':', ' ', '0').Length == 0) return null;
        if (!DateTime.TryParseExact(text, "yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            warnings.Add($"EXIF DateTimeOriginal '{text}' is not a valid date-time; ignored");
            return null;
        }
        TimeSpan? offset = null;
        var offsetText = Text(sub, ExifDirectoryBase.TagTimeZoneOriginal)?.Trim();
        if (!string.IsNullOrEmpty(offsetText))
        {
            if (TryParseOffset(offsetText, out var o)) offset = o;
            else warnings.Add($"EXIF OffsetTimeOriginal '{offsetText}' is not ±HH:MM; ignored");
        }
        return new CaptureTime(local, offset);
    }

    internal static bool TryParseOffset(string text, out TimeSpan offset)
    {
        offset = default;
        if (text.Length != 6 || text[0] is not ('+' or '-') || text[3] != ':') return false;
        if (!int.TryParse(text.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(text.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || h > 14 || m > 59) return false;
        offset = new TimeSpan(h, m, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    private static GeoPoint? GpsOf(GpsDirectory gps)
    {
        var location = gps.GetGeoLocation();
        if (location is null) return null;
        var (lat, lon) = (location.Latitude, location.Longitude);
        if (double.IsNaN(lat) || double.IsNaN(lon) || lat is < -90 or > 90 || lon is < -180 or > 180) return null;
        return new GeoPoint(lat, lon);
    }
}
