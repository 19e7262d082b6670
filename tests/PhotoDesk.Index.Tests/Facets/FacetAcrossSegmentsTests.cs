using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Tests.Fixtures;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Index.Tests.Facets;

public sealed class FacetAcrossSegmentsTests : IDisposable
{
    private readonly TempDirectory _folder = new("facets");

    private string IndexPath => _folder.Combine("index");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Facets_AddUpAcrossSegments_AndIgnoreReplacedAndDeletedPhotos()
    {
        using (var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None))
        {
            // Three commits make three segments.
            foreach (var chunk in SamplePhotos.All.Chunk(4))
            {
                foreach (var e in chunk) writer.Upsert(e);
                writer.Commit();
            }
            writer.Upsert(SamplePhotos.All[0] with { Agencies = ["Reuters"] }); // p1: AFP, Getty → Reuters
            writer.Delete("p9"); // Reuters −1
            writer.Commit();
        }
        using var searcher = PhotoIndex.OpenSearcher(IndexPath);
        var result = searcher.Search(new SearchRequest("*") { Facets = ["agency", "year"], Limit = 0 });
        Assert.Equal(9, result.Total);
        Assert.Equal([new("Reuters", 4), new("AFP", 2), new("AP", 2), new("Getty Images", 1)], result.Facets["agency"]);
        Assert.Equal([new("2025", 8)], result.Facets["year"]);
        Assert.Equal(result.Facets["agency"], searcher.Terms("agency", 10));
    }

    [Fact]
    public void Terms_AreRecountedAfterARefresh()
    {
        using var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None);
        writer.Upsert(SamplePhotos.All[1]);
        writer.Commit();
        using var searcher = PhotoIndex.OpenSearcher(IndexPath);
        Assert.Equal([new("AP", 1)], searcher.Terms("agency", 10));
        writer.Upsert(SamplePhotos.All[2]);
        writer.Commit();
        Assert.Equal([new("AP", 1)], searcher.Terms("agency", 10)); // the reader this searcher holds
        searcher.Refresh();
        Assert.Equal([new("AP", 2)], searcher.Terms("agency", 10));
    }
}
