using System.Globalization;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;

namespace PhotoDesk.Ingest.Import;

/// <summary>Turns a catalog record's values into the <see cref="PhotoMetadata"/> a photo file would give, with provenance "catalog".</summary>
public static class CatalogMetadataMapper
{
    /// <param name="baseFolder">Folder that relative paths in the catalog are relative to (the catalog file's folder).</param>
    public static PhotoMetadata Map(IReadOnlyDictionary<string, IReadOnlyList<string>> values, string baseFolder)
    {
        ArgumentNullException.ThrowIfNull(values);
        var provenance = new Dictionary<string, MetadataSource>(values.Count, StringComparer.Ordinal); // sized once: one per value at most
        var warnings = new List<string>();

        string? One(string field)
        {
            if (!values.TryGetValue(field, out var v) || v.Count == 0 || string.IsNullOrWhiteSpace(v[0])) return null;
            provenance[field] = MetadataSource.Catalog;
            return v[0].Trim();
        }

        IReadOnlyList<string> Many(string field)
        {
            if (!values.TryGetValue(field, out var v) || v.Count == 0) return [];
            provenance[field] = MetadataSource.Catalog;
            return v;
        }

        var path = One(PhotoFields.Path) ?? throw new FormatException("record has no path");
        path = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(baseFolder, path));

        PartialDate? date = null;
        if (One(PhotoFields.DateCreated) is { } d)
        {
            var dayPart = d.Length > 10 && d[10] is 'T' or ' ' ? d[..10] : d;
            if (PartialDate.TryParseIso(dayPart, out var parsed)) date = parsed;
            else { warnings.Add($"date_created '{d}' is not YYYY[-MM[-DD]]"); provenance.Remove(PhotoFields.DateCreated); }
        }
        CaptureTime? capture = null;
        if (One(PhotoFields.CaptureTime) is { } t)
        {
            if (CaptureTime.TryParseIso(t, out var parsed)) capture = parsed;
            else { warnings.Add($"capture_time '{t}' is not ISO 8601"); provenance.Remove(PhotoFields.CaptureTime); }
        }

        return new PhotoMetadata
        {
            Path = path,
            Creators = Many(PhotoFields.Creators),
            CreditLine = One(PhotoFields.CreditLine),
            Source = One(PhotoFields.Source),
            Copyright = One(PhotoFields.Copyright),
            Description = One(PhotoFields.Description),
            Headline = One(PhotoFields.Headline),
            Keywords = Many(PhotoFields.Keywords),
            City = One(PhotoFields.City),
            Sublocation = One(PhotoFields.Sublocation),
            Region = One(PhotoFields.Region),
            Country = One(PhotoFields.Country),
            CountryCode = One(PhotoFields.CountryCode),
            DateCreated = date,
            CaptureTime = capture,
            Make = One(PhotoFields.Make),
            Model = One(PhotoFields.Model),
            Width = Int(One(PhotoFields.Width)),
            Height = Int(One(PhotoFields.Height)),
            Gps = Gps(One(PhotoFields.Gps)),
            Instructions = One(PhotoFields.Instructions),
            UsageTerms = One(PhotoFields.UsageTerms),
            Provenance = provenance,
            Warnings = warnings,
        };
    }

    private static int? Int(string? s) =>
        int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null;

    private static GeoPoint? Gps(string? s)
    {
        if (s is null) return null;
        var parts = s.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2) return null;
        if (!double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90) return null;
        if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180) return null;
        return new GeoPoint(lat, lon);
    }
}
