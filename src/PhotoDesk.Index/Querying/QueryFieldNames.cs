using PhotoDesk.Index.Schema;

namespace PhotoDesk.Index.Querying;

/// <summary>The field names a query may use: friendly aliases (<c>by:</c>, <c>tag:</c>, …) and the index's own names.</summary>
public static class QueryFieldNames
{
    /// <summary>Pseudo field for unqualified words: caption, headline, names, places, keywords, credit.</summary>
    internal const string Unqualified = "_text";
    /// <summary>Capture date of the camera (<c>captured:2025-06-14</c>).</summary>
    internal const string Captured = "captured";
    internal const string Date = "date";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["by"] = IndexFields.Photographer,
        ["photographer"] = IndexFields.Photographer,
        ["photographers"] = IndexFields.Photographer,
        ["creator"] = IndexFields.Photographer,
        ["creators"] = IndexFields.Photographer,
        ["agency"] = IndexFields.Agency,
        ["agencies"] = IndexFields.Agency,
        ["credit"] = IndexFields.Credit,
        ["credit_line"] = IndexFields.Credit,
        ["source"] = IndexFields.Credit,
        ["city"] = IndexFields.City,
        ["region"] = IndexFields.Region,
        ["state"] = IndexFields.Region,
        ["country"] = IndexFields.Country,
        ["sublocation"] = IndexFields.Sublocation,
        ["country_code"] = IndexFields.CountryCode,
        ["place"] = IndexFields.Place,
        ["tag"] = IndexFields.Keyword,
        ["tags"] = IndexFields.Keyword,
        ["keyword"] = IndexFields.Keyword,
        ["keywords"] = IndexFields.Keyword,
        ["caption"] = IndexFields.Caption,
        ["description"] = IndexFields.Caption,
        ["headline"] = IndexFields.Headline,
        ["camera"] = IndexFields.Camera,
        ["make"] = IndexFields.Camera,
        ["model"] = IndexFields.Camera,
        ["date"] = Date,
        ["captured"] = Captured,
        ["taken"] = Captured,
        ["width"] = IndexFields.Width,
        ["height"] = IndexFields.Height,
        ["size"] = IndexFields.FileSize,
        ["file_size"] = IndexFields.FileSize,
        ["has"] = IndexFields.Has,
        ["finding"] = IndexFields.Finding,
        ["findings"] = IndexFields.Finding,
        ["origin"] = IndexFields.Origin,
        ["from_caption"] = IndexFields.FromCaption,
        ["path"] = IndexFields.Path,
        ["id"] = IndexFields.Id,
        ["date_precision"] = IndexFields.DatePrecision,
    };

    static QueryFieldNames()
    {
        foreach (var f in Analysis.PhotoAnalyzers.AnalysedNameFields)
            Aliases[IndexFields.Exact(f)] = IndexFields.Exact(f);
    }

    /// <summary>Names a person can type before a colon, for help texts and error messages.</summary>
    public static IReadOnlyList<string> Friendly { get; } =
    [
        "by", "photographer", "agency", "credit", "city", "region", "country", "sublocation", "country_code", "place",
        "tag", "keyword", "caption", "headline", "camera", "date", "captured", "width", "height", "size", "has",
        "finding", "origin", "from_caption", "path", "id",
    ];

    /// <summary>The index field a typed name stands for, or null when it is not a field.</summary>
    internal static string? Resolve(string field)
    {
        if (field is Unqualified or "*") return field;
        return Aliases.TryGetValue(field, out var resolved) ? resolved : null;
    }
}
