using System.Globalization;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;
using XmpCore;

namespace PhotoDesk.Metadata.Reading;

/// <summary>Maps XMP properties (IPTC Core as the IPTC Photo Metadata Standard maps them) to PhotoDesk fields.</summary>
internal static class XmpMapper
{
    public const string NsIptcCore = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";

    private static readonly (string Ns, string Name, string Field)[] SimpleProperties =
    [
        (XmpConstants.NsPhotoshop, "Credit", PhotoFields.CreditLine),
        (XmpConstants.NsPhotoshop, "Source", PhotoFields.Source),
        (XmpConstants.NsPhotoshop, "Headline", PhotoFields.Headline),
        (XmpConstants.NsPhotoshop, "City", PhotoFields.City),
        (XmpConstants.NsPhotoshop, "State", PhotoFields.Region),
        (XmpConstants.NsPhotoshop, "Country", PhotoFields.Country),
        (XmpConstants.NsPhotoshop, "Instructions", PhotoFields.Instructions),
        (NsIptcCore, "Location", PhotoFields.Sublocation),
        (NsIptcCore, "CountryCode", PhotoFields.CountryCode),
        (XmpConstants.NsTiff, "Make", PhotoFields.Make),
        (XmpConstants.NsTiff, "Model", PhotoFields.Model),
    ];

    public static BlockValues Map(IXmpMeta xmp, MetadataSource source, ICollection<string> warnings)
    {
        var values = new BlockValues(source);
        foreach (var (ns, name, field) in SimpleProperties) values.SetText(field, Simple(xmp, ns, name));
        values.SetText(PhotoFields.Description, LangAlt(xmp, XmpConstants.NsDC, "description"));
        values.SetText(PhotoFields.Copyright, LangAlt(xmp, XmpConstants.NsDC, "rights"));
        values.SetText(PhotoFields.UsageTerms, LangAlt(xmp, XmpConstants.NsXmpRights, "UsageTerms"));
        values.SetList(PhotoFields.Creators, Array(xmp, XmpConstants.NsDC, "creator"));
        values.SetList(PhotoFields.Keywords, Array(xmp, XmpConstants.NsDC, "subject"));

        if (Simple(xmp, XmpConstants.NsPhotoshop, "DateCreated") is { Length: > 0 } created)
        {
            if (TryParseXmpDate(created, out var date)) values.DateCreated = date;
            else warnings.Add($"XMP photoshop:DateCreated '{created}' is not an ISO 8601 date; ignored");
        }
        if (Simple(xmp, XmpConstants.NsExif, "DateTimeOriginal") is { Length: > 0 } original)
        {
            if (CaptureTime.TryParseIso(original, out var time)) values.CaptureTime = time;
            else warnings.Add($"XMP exif:DateTimeOriginal '{original}' is not an ISO 8601 date-time; ignored");
        }
        values.Gps = ReadGps(xmp);
        return values;
    }

    private static string? Simple(IXmpMeta xmp, string ns, string name)
    {
        try
        {
            if (!xmp.DoesPropertyExist(ns, name)) return null;
            var prop = xmp.GetProperty(ns, name);
            if (prop is null) return null;
            if (prop.Options.IsArray) return xmp.CountArrayItems(ns, name) > 0 ? xmp.GetArrayItem(ns, name, 1)?.Value : null;
            return prop.Options.IsStruct ? null : prop.Value;
        }
        catch (XmpException)
        {
            return null;
        }
    }

    /// <summary>A language alternative: x-default, else the first item; a plain value when a writer used one.</summary>
    private static string? LangAlt(IXmpMeta xmp, string ns, string name)
    {
        try
        {
            if (!xmp.DoesPropertyExist(ns, name)) return null;
            var prop = xmp.GetProperty(ns, name);
            if (prop is null) return null;
            if (!prop.Options.IsArray) return prop.Options.IsStruct ? null : prop.Value;
            var localized = xmp.GetLocalizedText(ns, name, null, XmpConstants.XDefault);
            if (localized is not null) return localized.Value;
            return xmp.CountArrayItems(ns, name) > 0 ? xmp.GetArrayItem(ns, name, 1)?.Value : null;
        }
        catch (XmpException)
        {
            return null;
        }
    }

    private static List<string>? Array(IXmpMeta xmp, string ns, string name)
    {
        try
        {
            if (!xmp.DoesPropertyExist(ns, name)) return null;
            var prop = xmp.GetProperty(ns, name);
            if (prop is null) return null;
            if (!prop.Options.IsArray) return prop.Options.IsStruct || prop.Value is null ? null : [prop.Value];
            var count = xmp.CountArrayItems(ns, name);
            var list = new List<string>(count);
            for (var i = 1; i <= count; i++)
            {
                if (xmp.GetArrayItem(ns, name, i)?.Value is { } v) list.Add(v);
            }
            return list;
        }
        catch (XmpException)
        {
            return null;
        }
    }

    /// <summary>XMP dates: YYYY, YYYY-MM, YYYY-MM-DD, optionally followed by a time; the date part gives the precision.</summary>
    public static bool TryParseXmpDate(string text, out PartialDate date)
    {
        var s = text.Trim();
        var t = s.IndexOf('T');
        if (t > 0) s = s[..t];
        return PartialDate.TryParseIso(s, out date);
    }

    private static GeoPoint? ReadGps(IXmpMeta xmp)
    {
        var lat = ParseCoordinate(Simple(xmp, XmpConstants.NsExif, "GPSLatitude"));
        var lon = ParseCoordinate(Simple(xmp, XmpConstants.NsExif, "GPSLongitude"));
        return lat is { } a && lon is { } o && a is >= -90 and <= 90 && o is >= -180 and <= 180 ? new GeoPoint(a, o) : null;
    }

    /// <summary>XMP GPSCoordinate: "DDD,MM,SSk" or "DDD,MM.mmk" with k one of N, S, E, W (XMP spec part 2, 1.2.7.4).</summary>
    internal static double? ParseCoordinate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        var hemisphere = char.ToUpperInvariant(s[^1]);
        if (hemisphere is not ('N' or 'S' or 'E' or 'W')) return null;
        var parts = s[..^1].Split(',');
        if (parts.Length is < 2 or > 3) return null;
        double total = 0, scale = 1;
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return null;
            total += v / scale;
            scale *= 60;
        }
        return hemisphere is 'S' or 'W' ? -total : total;
    }
}
