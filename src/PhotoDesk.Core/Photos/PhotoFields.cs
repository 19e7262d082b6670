namespace PhotoDesk.Core.Photos;

/// <summary>
/// The one list of metadata field names. They are the JSON keys of <c>photodesk inspect --json</c>, the names
/// <c>photodesk edit --set FIELD=VALUE</c> accepts and the keys of provenance maps: a contract for scripts.
/// </summary>
public static class PhotoFields
{
    public const string Path = "path";
    public const string Creators = "creators";
    public const string CreditLine = "credit_line";
    public const string Source = "source";
    public const string Copyright = "copyright";
    public const string Description = "description";
    public const string Headline = "headline";
    public const string Keywords = "keywords";
    public const string City = "city";
    public const string Sublocation = "sublocation";
    public const string Region = "region";
    public const string Country = "country";
    public const string CountryCode = "country_code";
    public const string DateCreated = "date_created";
    public const string CaptureTime = "capture_time";
    public const string Make = "make";
    public const string Model = "model";
    public const string Width = "width";
    public const string Height = "height";
    public const string Gps = "gps";
    public const string Instructions = "instructions";
    public const string UsageTerms = "usage_terms";
    public const string Warnings = "warnings";

    /// <summary>Fields that hold a list (<c>;</c>-separated on the command line).</summary>
    public static readonly IReadOnlySet<string> ListFields = new HashSet<string>(StringComparer.Ordinal) { Creators, Keywords };

    /// <summary>Fields a person may edit: written to XMP (and IIM where it has a dataset).</summary>
    public static readonly IReadOnlyList<string> Editable =
    [
        Creators, CreditLine, Source, Copyright, Description, Headline, Keywords, City, Sublocation, Region, Country,
        CountryCode, DateCreated, Instructions, UsageTerms,
    ];

    public static bool IsEditable(string field) => Editable.Contains(field, StringComparer.Ordinal);
}
