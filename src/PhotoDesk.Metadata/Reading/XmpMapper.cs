using System.Globalization;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;

namespace PhotoDesk.Metadata.Reading;

/// <summary>Maps XMP properties (IPTC Core as the IPTC Photo Metadata Standard maps them) to PhotoDesk fields.</summary>
internal static class XmpMapper
{
    public const string NsIptcCore = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";
    public const string NsDc = "http://purl.org/dc/elements/1.1/";
    public const string NsPhotoshop = "http://ns.adobe.com/photoshop/1.0/";
    public const string NsExif = "http://ns.adobe.com/exif/1.0/";
    public const string NsTiff = "http://ns.adobe.com/tiff/1.0/";
    public const string NsXmpRights = "http://ns.adobe.com/xap/1.0/rights/";
    public const string NsXmpNote = "http://ns.adobe.com/xmp/note/";

    /// <summary>The namespaces PhotoDesk reads; the RDF parser skips every other property unread.</summary>
    public static readonly IReadOnlySet<string> Namespaces = new HashSet<string>(StringComparer.Ordinal)
    {
        NsIptcCore, NsDc, NsPhotoshop, NsExif, NsTiff, NsXmpRights, NsXmpNote,
    };

    private static readonly (string Ns, string Name, string Field)[] SimpleProperties =
    [
        (NsPhotoshop, "Credit", PhotoFields.CreditLine),
        (NsPhotoshop, "Source", PhotoFields.Source),
        (NsPhotoshop, "Headline", PhotoFields.Headline),
        (NsPhotoshop, "City", PhotoFields.City),
        (NsPhotoshop, "State", PhotoFields.Region),
        (NsPhotoshop, "Country", PhotoFields.Country),
        (NsPhotoshop, "Instructions", PhotoFields.Instructions),
        (NsIptcCore, "Location", PhotoFields.Sublocation),
        (NsIptcCore, "CountryCode", PhotoFields.CountryCode),
        (NsTiff, "Make", PhotoFields.Make),
        (NsTiff, "Model", PhotoFields.Model),
    ];

    public static BlockValues Map(XmpProperties xmp, MetadataSource source, ICollection<string> warnings)
    {
        var values = new BlockValues(source);
        foreach (var (ns, name, field) in SimpleProperties) values.SetText(field, Simple(xmp, ns, name));
        values.SetText(PhotoFields.Description, LangAlt(xmp, NsDc, "description"));
        values.SetText(PhotoFields.Copyright, LangAlt(xmp, NsDc, "rights"));
        values.SetText(PhotoFields.UsageTerms, LangAlt(xmp, NsXmpRights, "UsageTerms"));
        values.SetList(PhotoFields.Creators, ArrayOf(xmp, NsDc, "creator"));
        values.SetList(PhotoFields.Keywords, ArrayOf(xmp, NsDc, "subject"));

        if (Simple(xmp, NsPhotoshop, "DateCreated") is { Length: > 0 } created)
        {
            if (TryParseXmpDate(created, out var date)) values.DateCreated = date;
            else warnings.Add($"XMP photoshop:DateCreated '{created}' is not an ISO 8601 date; ignored");
            if (created.Contains('T') && CaptureTime.TryParseIso(created, out var at)) values.CreatedAt = at;
        }
        if (Simple(xmp, NsExif, "DateTimeOriginal") is { Length: > 0 } original)
        {
            if (CaptureTime.TryParseIso(original, out var time)) values.CaptureTime = time;
            else warnings.Add($"XMP exif:DateTimeOriginal '{original}' is not an ISO 8601 date-time; ignored");
        }
        values.Gps = ReadGps(xmp);
        return values;
    }

    private static string? Simple(XmpProperties xmp, string ns, string name) => xmp.Simple(ns, name);

    private static string? LangAlt(XmpProperties xmp, string ns, string name) => xmp.LangAlt(ns, name);

    private static IReadOnlyList<string>? ArrayOf(XmpProperties xmp, string ns, string name) => xmp.Array(ns, name);

    /// <summary>
    /// XMP dates: YYYY, YYYY-MM, YYYY-MM-DD, optionally followed by a time; the date part gives the precision.
    /// Some writers put EXIF-style colons in the date ("2019:10:16"); that is accepted too.
    /// </summary>
    public static bool TryParseXmpDate(string text, out PartialDate date)
    {
        var s = text.Trim();
        var t = s.IndexOfAny(['T', ' ']);
        if (t > 0) s = s[..t];
        if (s.Length is 7 or 10 && s[4] == ':') s = s.Replace(':', '-');
        return PartialDate.TryParseIso(s, out date);
    }

    private static GeoPoint? ReadGps(XmpProperties xmp)
    {
        var lat = ParseCoordinate(Simple(xmp, NsExif, "GPSLatitude"));
        var lon = ParseCoordinate(Simple(xmp, NsExif, "GPSLongitude"));
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
