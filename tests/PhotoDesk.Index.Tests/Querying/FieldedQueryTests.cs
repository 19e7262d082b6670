using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Tests.Fixtures;
using Xunit;

namespace PhotoDesk.Index.Tests.Querying;

public sealed class FieldedQueryTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    private string[] Ids(string query) =>
        index.Searcher.Search(new SearchRequest(query) { Limit = 100 }).Hits.Select(h => h.Entry.Id).Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("by:\"Jae C. Hong\"", "p2 p3")] // the photographer's full name as a phrase
    [InlineData("photographer:hong", "p2 p3")] // one word of a name, long alias
    [InlineData("by:\"Jae Hong\"", "")] // a phrase is exact about the words between
    [InlineData("city:Paramount", "p2")]
    [InlineData("city:paramount", "p2")] // case does not matter
    [InlineData("agency:AFP", "p1 p4 p5")]
    [InlineData("agency:\"Getty Images\"", "p1 p5")]
    [InlineData("credit:reuters", "p6 p7 p8 p9")] // caption credit and credit line alike
    [InlineData("country:\"United States\"", "p1 p2 p3 p4 p8")]
    [InlineData("region:california", "p1 p2 p3 p4 p8")]
    [InlineData("place:california", "p1 p2 p3 p4 p8")] // any place field
    [InlineData("place:brazil", "p5")]
    [InlineData("tag:protest", "p1 p2")]
    [InlineData("keyword:\"national guard\"", "p3")]
    [InlineData("has:finding", "p4")]
    [InlineData("has:headline", "p8")]
    [InlineData("has:capture_time", "p8")]
    [InlineData("-has:date", "p7")] // a photo without any date
    [InlineData("-has:photographer", "p10")]
    [InlineData("date_precision:month", "p5")]
    [InlineData("finding:spelling-variant", "p4")]
    [InlineData("origin:catalog", "p7")]
    [InlineData("from_caption:date", "p6")]
    [InlineData("id:p3", "p3")]
    [InlineData("path:\"/archive/2025/p2.jpg\"", "p2")] // a quoted path
    [InlineData("path:/archive/2025/p2.jpg", "p2")] // a path with slashes unquoted: not a regular expression
    [InlineData("path:/archive/2025/p1*", "p1 p10")] // path prefix
    [InlineData("camera:canon", "p8")]
    [InlineData("width:[5000 TO *]", "p8")]
    [InlineData("headline:federal", "p8")]
    [InlineData("by:hong AND city:paramount", "p2")]
    [InlineData("city:\"los angeles\" -agency:afp", "p3 p8")]
    [InlineData("agency:ap OR agency:afp", "p1 p2 p3 p4 p5")]
    [InlineData("photographer_exact:\"Ringo Ciu\"", "p4")] // the exact form for filters
    public void FieldedQuery_FindsExactlyTheMatchingPhotos(string query, string expected) =>
        Assert.Equal(Split(expected), Ids(query));

    [Theory]
    [InlineData("paramount", "p2")] // a place word without a field
    [InlineData("hong", "p2 p3")] // a photographer's name without a field
    [InlineData("reuters", "p6 p7 p8 p9")] // an agency name without a field
    [InlineData("\"No Kings\"", "p1 p6 p7")] // a phrase in the caption ("no" is a stop word)
    [InlineData("protesters", "p2 p3 p5 p6 p7")] // stemmed: protest, protester(s), protests ("protestor" stems apart)
    [InlineData("the protest", "p1 p2 p3 p5 p6 p7")] // a stop word need not match anywhere; p1 has the keyword
    [InlineData("mexican flag", "p2 p8")] // every word must match (AND)
    [InlineData("flag outside", "p8")]
    [InlineData("marine*", "p1")] // prefix over the default fields
    public void UnqualifiedWords_SearchCaptionNamesAndPlaces(string query, string expected) =>
        Assert.Equal(Split(expected), Ids(query));

    [Theory]
    [InlineData("Sao Paulo", "p5")] // unaccented words find the accented city
    [InlineData("city:\"sao paulo\"", "p5")]
    [InlineData("São Paulo", "p5")] // and accented ones still do
    [InlineData("zurich", "p9")]
    [InlineData("city:zür*", "p9")] // a prefix is folded too
    public void AccentsDoNotMatter(string query, string expected) => Assert.Equal(Split(expected), Ids(query));

    [Theory]
    [InlineData("by:\"ringo chew\"~", "p1")] // each word fuzzy: chew ≈ chiu (2 edits); ciu is 3 edits away
    [InlineData("by:chiu~", "p1 p4")] // chiu ≈ ciu (1 edit)
    [InlineData("by:\"jae hong\"~", "p2 p3")] // a missing middle initial is tolerated by a fuzzy phrase
    [InlineData("\"ringo chiu\"~", "p1 p4")] // a fuzzy phrase without a field searches names
    [InlineData("by:\"ringo chew\"", "")] // without the tilde it is an exact phrase
    public void FuzzyNames_MatchNearSpellings(string query, string expected) => Assert.Equal(Split(expected), Ids(query));

    [Theory]
    [InlineData("date:2025-06-08", "p2")] // a day
    [InlineData("date:2025-06-14", "p1 p6")]
    [InlineData("date:2025-06", "p1 p2 p3 p4 p5 p6 p8")] // a month: day- and month-precise June dates
    [InlineData("date:2025", "p1 p10 p2 p3 p4 p5 p6 p8")] // a year
    [InlineData("date:2024", "p9")]
    [InlineData("date:[2025-06-08 TO 2025-06-10]", "p2 p3 p4")] // an inclusive range
    [InlineData("date:{2025-06-08 TO 2025-06-10}", "p4")] // an exclusive range
    [InlineData("date:[2025-06-13 TO *]", "p1 p6 p8")] // open end
    [InlineData("date:[* TO 2025-01-01]", "p9")] // open start
    [InlineData("date:[2025-06 TO 2025-06]", "p1 p2 p3 p4 p5 p6 p8")] // month bounds cover whole months
    [InlineData("date:2025/06/08", "p2")] // slashes as separators
    [InlineData("captured:2025-06-13", "p8")] // the camera's date
    [InlineData("date:2025-06 AND agency:reuters", "p6 p8")]
    public void DateQueries_MatchPhotosWhoseDateLiesInTheSpan(string query, string expected) =>
        Assert.Equal(Split(expected), Ids(query));

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("  ")]
    [InlineData("*:*")]
    public void EmptyQueryOrStar_FindsEveryPhoto(string query) => Assert.Equal(SamplePhotos.All.Count, Ids(query).Length);

    private static string[] Split(string ids) => ids.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
}
