using PhotoDesk.Core.Photos;

namespace PhotoDesk.Ingest.Import;

/// <summary>
/// Column and key names of catalog exports mapped to <see cref="PhotoFields"/> names: the field names of
/// <c>photodesk inspect</c> are taken as they are, and a few names older systems use are understood too.
/// </summary>
public static class CatalogFieldNames
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["caption"] = PhotoFields.Description,
        ["caption_abstract"] = PhotoFields.Description,
        ["file"] = PhotoFields.Path,
        ["filename"] = PhotoFields.Path,
        ["file_path"] = PhotoFields.Path,
        ["creator"] = PhotoFields.Creators,
        ["photographer"] = PhotoFields.Creators,
        ["photographers"] = PhotoFields.Creators,
        ["byline"] = PhotoFields.Creators,
        ["by_line"] = PhotoFields.Creators,
        ["credit"] = PhotoFields.CreditLine,
        ["date"] = PhotoFields.DateCreated,
        ["keyword"] = PhotoFields.Keywords,
        ["tags"] = PhotoFields.Keywords,
        ["state"] = PhotoFields.Region,
        ["province_state"] = PhotoFields.Region,
        ["countrycode"] = PhotoFields.CountryCode,
        ["location"] = PhotoFields.Sublocation,
    };

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        PhotoFields.Path, PhotoFields.Creators, PhotoFields.CreditLine, PhotoFields.Source, PhotoFields.Copyright,
        PhotoFields.Description, PhotoFields.Headline, PhotoFields.Keywords, PhotoFields.City, PhotoFields.Sublocation,
        PhotoFields.Region, PhotoFields.Country, PhotoFields.CountryCode, PhotoFields.DateCreated, PhotoFields.CaptureTime,
        PhotoFields.Make, PhotoFields.Model, PhotoFields.Width, PhotoFields.Height, PhotoFields.Gps,
        PhotoFields.Instructions, PhotoFields.UsageTerms,
    };

    /// <summary>The PhotoFields name for a column or key, or null when it is not one PhotoDesk imports.</summary>
    public static string? Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var key = name.Trim().Replace(' ', '_').Replace('-', '_').ToLowerInvariant();
        if (Known.Contains(key)) return key;
        return Aliases.TryGetValue(key, out var alias) ? alias : null;
    }
}
