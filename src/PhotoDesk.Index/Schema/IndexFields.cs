namespace PhotoDesk.Index.Schema;

/// <summary>
/// Lucene field names of a photo document. Query syntax accepts these names and the friendly aliases of
/// <see cref="QueryFieldNames"/>; the TUI and scripts may use them in queries (e.g. <c>photographer_exact:"Ringo Chiu"</c>).
/// </summary>
public static class IndexFields
{
    // Identity and storage.
    public const string Id = "id";
    public const string Path = "path";
    public const string Origin = "origin";
    /// <summary>The whole <c>PhotoEntry</c> as JSON, as a stored field when too large for <c>dv_json</c>.</summary>
    public const string Json = "json";

    // English prose (stemmed).
    public const string Caption = "caption";
    public const string Headline = "headline";

    // Names: analysed (accent-folded, not stemmed) for search; *_exact for filters; doc values for facets.
    public const string Photographer = "photographer";
    public const string Agency = "agency";
    public const string Credit = "credit";
    public const string City = "city";
    public const string Region = "region";
    public const string Country = "country";
    public const string Sublocation = "sublocation";
    public const string CountryCode = "country_code";
    /// <summary>Every place value of a photo (sublocation, city, region, country, code).</summary>
    public const string Place = "place";
    public const string Keyword = "keyword";
    public const string Camera = "camera";

    public const string ExactSuffix = "_exact";

    // Dates: day numbers (DateOnly.DayNumber) of the first and last day the date covers.
    public const string DateStart = "date_start";
    public const string DateEnd = "date_end";
    public const string DatePrecision = "date_precision";
    /// <summary>Day number of the capture date.</summary>
    public const string CaptureDay = "capture_day";

    public const string Width = "width";
    public const string Height = "height";
    public const string FileSize = "file_size";

    /// <summary>Resolved fields whose value was parsed from the caption (photographer, agency, date, city, …).</summary>
    public const string FromCaption = "from_caption";
    /// <summary>Credit-check rule names (e.g. <c>spelling-variant</c>).</summary>
    public const string Finding = "finding";
    /// <summary>What a photo has: <c>finding</c>, <c>caption</c>, <c>headline</c>, <c>date</c>, <c>place</c>, <c>photographer</c>, <c>agency</c>, <c>keyword</c>, <c>gps</c>, <c>thumbnail</c>, <c>capture_time</c>.</summary>
    public const string Has = "has";

    // Doc values only (sorting, stamps).
    /// <summary>The whole <c>PhotoEntry</c> as UTF-8 JSON in binary doc values: a page of hits loads without decompressing stored-field blocks.</summary>
    internal const string JsonValues = "dv_json";
    /// <summary>Id, path, content hash, modified time and size in one binary doc value (<see cref="StampValue"/>).</summary>
    internal const string StampValues = "dv_stamp";
    /// <summary>Day, then capture time, in one number (<see cref="Schema.DateOrder"/>; both directions sort by it).</summary>
    internal const string DateOrder = "dv_date_order";
    internal const string FacetPrefix = "facet_";
    internal const string PhotographerSort = "dv_sort_photographer";
    internal const string AgencySort = "dv_sort_agency";
    internal const string PlaceSort = "dv_sort_place";

    public static string Exact(string field) => field + ExactSuffix;
}
