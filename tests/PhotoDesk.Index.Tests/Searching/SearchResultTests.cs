using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Tests.Fixtures;
using Xunit;

namespace PhotoDesk.Index.Tests.Searching;

public sealed class SearchResultTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    private SearchResult Search(SearchRequest request) => index.Searcher.Search(request);

    [Fact]
    public void SortByDate_OrdersOldestFirst_WithUndatedPhotosLast()
    {
        var ids = Search(new SearchRequest("*") { Sort = SearchSort.DateAscending, Limit = 100 }).Hits.Select(h => h.Entry.Id).ToList();
        // p9 2024-05-01; p10 "2025" and p5 "2025-06" start on the first day of their span; p7 has no date.
        Assert.Equal(["p9", "p10", "p5", "p2", "p4", "p3", "p8"], ids.Take(7));
        Assert.Equal(["p1", "p6"], ids.Skip(7).Take(2).Order(StringComparer.Ordinal)); // both June 14
        Assert.Equal("p7", ids[^1]);
    }

    [Fact]
    public void SortByDateDescending_OrdersNewestFirst_WithUndatedPhotosLast()
    {
        var ids = Search(new SearchRequest("*") { Sort = SearchSort.DateDescending, Limit = 100 }).Hits.Select(h => h.Entry.Id).ToList();
        Assert.Equal(["p1", "p6"], ids.Take(2).Order(StringComparer.Ordinal));
        Assert.Equal(["p8", "p3", "p4", "p2", "p5", "p10", "p9", "p7"], ids.Skip(2));
    }

    [Theory]
    [InlineData(SearchSort.PhotographerAscending, "p9 p6 p8 p3 p2 p5 p7 p1 p4 p10")] // Arnd … Ringo Ciu, none last; one name: newest first
    [InlineData(SearchSort.AgencyAscending, "p1 p4 p5 p3 p2 p6 p8 p9 p7 p10")] // AFP, AP, Reuters (undated last), none last
    [InlineData(SearchSort.PlaceAscending, "p1 p8 p3 p4 p2 p5 p9 p6 p10 p7")] // Los Angeles, Paramount, Sao Paulo, Zurich, none
    public void SortByName_OrdersCaseAndAccentInsensitively(SearchSort sort, string expected)
    {
        var ids = Search(new SearchRequest("*") { Sort = sort, Limit = 100 }).Hits.Select(h => h.Entry.Id);
        Assert.Equal(expected.Split(' '), ids);
    }

    [Fact]
    public void SortByPhotographerDescending_ReversesTheNames()
    {
        var ids = Search(new SearchRequest("*") { Sort = SearchSort.PhotographerDescending, Limit = 100 }).Hits.Select(h => h.Entry.Id).ToList();
        Assert.Equal("p10", ids[0]); // no photographer sorts after every name, so first when reversed
        Assert.Equal(["p4", "p1", "p7", "p5"], ids.Skip(1).Take(4));
    }

    [Fact]
    public void Relevance_RanksANameMatchAboveACaptionMention()
    {
        var hits = Search(new SearchRequest("reuters")).Hits;
        Assert.True(hits.Count >= 4);
        Assert.All(hits, h => Assert.True(h.Score > 0));
        Assert.True(hits.Zip(hits.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
    }

    [Fact]
    public void Paging_WithOffsetAndLimit_WalksThroughAllHitsOnce()
    {
        var all = Search(new SearchRequest("*") { Sort = SearchSort.DateAscending, Limit = 100 }).Hits.Select(h => h.Entry.Id).ToList();
        var paged = new List<string>();
        for (var offset = 0; offset < all.Count; offset += 3)
        {
            var page = Search(new SearchRequest("*") { Sort = SearchSort.DateAscending, Offset = offset, Limit = 3 });
            Assert.Equal(all.Count, page.Total); // the total does not depend on the page
            paged.AddRange(page.Hits.Select(h => h.Entry.Id));
        }
        Assert.Equal(all, paged);
        Assert.Empty(Search(new SearchRequest("*") { Offset = 50 }).Hits);
    }

    [Fact]
    public void LimitZero_GivesTotalAndFacetsWithoutHits()
    {
        var result = Search(new SearchRequest("agency:reuters") { Limit = 0, Facets = ["photographer"] });
        Assert.Equal(4, result.Total);
        Assert.Empty(result.Hits);
        Assert.Equal(4, result.Facets["photographer"].Count);
    }

    [Fact]
    public void Facets_CountValuesOverAllHits_ByCountThenValue()
    {
        var result = Search(new SearchRequest("*") { Limit = 1, Facets = ["agency", "date", "year", "finding", "origin", "city"] });
        Assert.Equal(
            [new("Reuters", 4), new("AFP", 3), new("AP", 2), new("Getty Images", 2)],
            result.Facets["agency"]);
        Assert.Equal([new("2025-06", 7), new("2024-05", 1), new("2025", 1)], result.Facets["date"]);
        Assert.Equal([new("2025", 8), new("2024", 1)], result.Facets["year"]);
        Assert.Equal([new("spelling-variant", 1)], result.Facets["finding"]);
        Assert.Equal([new("file", 9), new("catalog", 1)], result.Facets["origin"]);
        Assert.Equal(new FacetCount("Los Angeles", 4), result.Facets["city"][0]);
        Assert.Equal([new("US", 5), new("BR", 1), new("CH", 1)], Search(new SearchRequest("*") { Facets = ["country_code"] }).Facets["country_code"]);
    }

    [Fact]
    public void Facets_FollowTheQuery_AndRespectTheFacetLimit()
    {
        var result = Search(new SearchRequest("city:\"los angeles\"") { Facets = ["photographer"], FacetLimit = 2 });
        Assert.Equal(2, result.Facets["photographer"].Count);
        Assert.Equal(["David Swanson", "Jae C. Hong"], result.Facets["photographer"].Select(f => f.Value)); // ties by value
    }

    [Fact]
    public void UnknownFacet_IsRejectedWithTheKnownNames()
    {
        var e = Assert.Throws<ArgumentException>(() => Search(new SearchRequest("*") { Facets = ["colour"] }));
        Assert.Contains("photographer", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("paramount", "<em>Paramount</em>")] // a place word
    [InlineData("protesters", "A <em>protester</em> waves")] // a stemmed word marks its caption form
    [InlineData("by:hong", "Jae C. <em>Hong</em>/AP")] // a fielded name marks the credit in the caption
    [InlineData("by:\"jae hong\"~", "<em>Jae</em> C. <em>Hong</em>/AP")] // a fuzzy phrase too
    [InlineData("\"burning car\"", "<em>burning</em> <em>car</em>")] // a phrase
    public void Highlight_MarksMatchedWordsInTheWholeCaption(string query, string expectedPart)
    {
        var hit = Search(new SearchRequest(query + " AND id:p2")).Hits.Single();
        Assert.NotNull(hit.Highlight);
        Assert.Contains(expectedPart, hit.Highlight, StringComparison.Ordinal);
        Assert.Equal(hit.Entry.Metadata.Description, hit.Highlight!.Replace("<em>", "").Replace("</em>", ""));
    }

    [Fact]
    public void Highlight_MarksANameWhoseCaptionFormStemsDifferently()
    {
        // "Olivares" is indexed unstemmed as a name but stemmed ("olivar") in the caption.
        var hit = Search(new SearchRequest("by:olivares")).Hits.Single();
        Assert.Contains("Pilar <em>Olivares</em>/Reuters", hit.Highlight, StringComparison.Ordinal);
    }

    [Fact]
    public void Highlight_IsNullWhenNoCaptionWordMatched()
    {
        var hit = Search(new SearchRequest("id:p2")).Hits.Single();
        Assert.Null(hit.Highlight);
        Assert.Null(Search(new SearchRequest("paramount") { Highlight = false }).Hits.Single().Highlight);
    }

    [Fact]
    public void Hits_CarryTheFullStoredEntry()
    {
        var hit = Search(new SearchRequest("id:p8")).Hits.Single();
        Assert.Equal(SamplePhotos.All[7], hit.Entry, EntryComparer.Instance);
        Assert.Equal("Canon", hit.Entry.Metadata.Make);
        Assert.Equal(new DateTime(2025, 6, 13, 18, 22, 5), hit.Entry.Metadata.CaptureTime!.Local);
    }

    [Fact]
    public void Terms_CountsAFacetOverTheWholeIndex()
    {
        Assert.Equal([new("Reuters", 4), new("AFP", 3)], index.Searcher.Terms("agency", 2));
        Assert.Equal([new("protest", 2), new("marines", 1), new("national guard", 1)], index.Searcher.Terms("keyword", 10));
    }

    [Theory]
    [InlineData("city", "sao", "São Paulo")] // accents do not matter
    [InlineData("city", "ANG", "Los Angeles")] // the start of any word, any case
    [InlineData("photographer", "ringo c", "Ringo Chiu,Ringo Ciu")]
    [InlineData("keyword", "gu", "national guard")]
    [InlineData("agency", "x", "")] // nothing starts so
    public void TermsWithPrefix_AutocompletesFacetValues(string facet, string prefix, string expected) =>
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), index.Searcher.Terms(facet, prefix, 10).Select(t => t.Value));

    [Fact]
    public void AllIds_ReturnsEveryHit()
    {
        Assert.Equal(["p6", "p7", "p8", "p9"], index.Searcher.AllIds("agency:reuters").Order(StringComparer.Ordinal));
        Assert.Equal(SamplePhotos.All.Count, index.Searcher.AllIds("").Count);
    }

    [Fact]
    public void Entries_ReturnsEveryHitAsAFullEntry()
    {
        var entries = index.Searcher.Entries("agency:reuters").ToList();
        Assert.Equal(["p6", "p7", "p8", "p9"], entries.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(SamplePhotos.All[7], entries.Single(e => e.Id == "p8"), EntryComparer.Instance);
        Assert.Equal(SamplePhotos.All.Count, index.Searcher.Entries("*").Count());
        Assert.Throws<QuerySyntaxException>(() => index.Searcher.Entries("by:\"unclosed"));
    }

    [Fact]
    public void TookMs_IsMeasured() => Assert.True(Search(new SearchRequest("protest")).TookMs > 0);
}
