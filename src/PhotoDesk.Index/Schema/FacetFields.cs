namespace PhotoDesk.Index.Schema;

/// <summary>
/// Facet names accepted by <c>SearchRequest.Facets</c>, <c>IPhotoSearcher.Terms</c> and <c>photodesk search --facets</c>.
/// Each is counted from its own SortedSet doc values field (there is no facet module in Lucene.Net 4.8 here).
/// </summary>
public static class FacetFields
{
    public const string Photographer = "photographer";
    public const string Agency = "agency";
    public const string City = "city";
    public const string Region = "region";
    public const string Country = "country";
    public const string Sublocation = "sublocation";
    /// <summary>ISO 3166 code as the photo carries it (<c>US</c>, <c>USA</c>).</summary>
    public const string CountryCode = "country_code";
    public const string Keyword = "keyword";
    /// <summary>Month of the photo's date, <c>2025-06</c> (a date known only to the year counts as <c>2025</c>).</summary>
    public const string Date = "date";
    /// <summary>Year of the photo's date, <c>2025</c>.</summary>
    public const string Year = "year";
    public const string Finding = "finding";
    public const string Origin = "origin";
    /// <summary>Camera make and model, <c>Canon EOS R5</c>.</summary>
    public const string Camera = "camera";
    public const string FromCaption = "from_caption";

    public static readonly IReadOnlyList<string> All =
        [Photographer, Agency, City, Region, Country, Sublocation, CountryCode, Keyword, Date, Year, Finding, Origin, Camera, FromCaption];

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);

    /// <summary>Doc values field that holds a facet's values.</summary>
    internal static string ValuesField(string facet) => IndexFields.FacetPrefix + facet;
}
