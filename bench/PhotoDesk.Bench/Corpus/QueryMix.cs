namespace PhotoDesk.Bench.Corpus;

/// <summary>The fixed query mix of the search benchmark: free text, fielded, phrase, date range, fuzzy name.</summary>
public static class QueryMix
{
    public static readonly IReadOnlyList<string> Queries =
    [
        "protest", "firefighters fire", "rally supporters", "storm debris", "train",
        "by:\"Ringo Chiu\"", "agency:Reuters", "city:Paris", "country:Japan", "place:california",
        "\"polling station\"", "\"final whistle\"", "\"brush fire\"",
        "date:[2019-01-01 TO 2019-12-31]", "date:2021-06", "date:[2016-03-01 TO 2016-03-31] AND agency:AP",
        "by:\"ringo chew\"~", "by:tamma~", "by:\"mario tama\"~",
        "protest AND city:Berlin", "vigil -students", "sao paulo", "zurich", "tag:news AND date:2020",
    ];

    /// <summary>Queries whose facet counts are measured (over many hits).</summary>
    public static readonly IReadOnlyList<string> FacetQueries = ["*", "tag:news", "date:[2015-01-01 TO 2020-12-31]", "protest OR rally OR storm"];
}
