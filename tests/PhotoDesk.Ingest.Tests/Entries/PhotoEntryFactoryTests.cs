using PhotoDesk.Core.Captions;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;
using PhotoDesk.Ingest.Entries;
using PhotoDesk.Ingest.Tests.Support;
using Xunit;

namespace PhotoDesk.Ingest.Tests.Entries;

public class PhotoEntryFactoryTests
{
    private static readonly PhotoFileFacts File = new("/a/p.jpg", 100, new DateTimeOffset(2025, 7, 1, 12, 0, 0, TimeSpan.Zero), "abcdef0123456789abcdef0123456789");

    private static readonly CaptionFacts Said = new()
    {
        Description = "People gather",
        Photographers = ["Ringo Chiu"],
        Agencies = ["AFP", "Getty Images"],
        Date = PartialDate.FromDate(new DateOnly(2025, 6, 8)),
        Place = new Place(City: "Paramount", Region: "California", Country: "United States", CountryCode: "US"),
    };

    private static PhotoEntry Create(PhotoMetadata m, CaptionFacts? facts = null) =>
        new PhotoEntryFactory(new StubCaptionParser(facts ?? Said)).Create("id1", m, File);


    [Fact]
    public void EmbeddedCreators_WinOverTheCaption_WithTheirBlockAsProvenance()
    {
        var m = new PhotoMetadata
        {
            Path = "/a/p.jpg", Description = "c", Creators = ["Jae C. Hong"],
            Provenance = new Dictionary<string, MetadataSource> { [PhotoFields.Creators] = MetadataSource.Xmp },
        };
        var e = Create(m);
        Assert.Equal(["Jae C. Hong"], e.Photographers);
        Assert.Equal(MetadataSource.Xmp, e.Provenance[ResolvedFields.Photographers]);
    }

    [Fact]
    public void WithoutEmbeddedValues_TheCaptionFillsTheGaps_AndSaysSo()
    {
        var e = Create(new PhotoMetadata { Path = "/a/p.jpg", Description = "c" });
        Assert.Equal(["Ringo Chiu"], e.Photographers);
        Assert.Equal(["AFP", "Getty Images"], e.Agencies);
        Assert.Equal("2025-06-08", e.Date?.ToIsoString());
        Assert.Equal("Paramount", e.Place.City);
        foreach (var field in new[] { ResolvedFields.Photographers, ResolvedFields.Agencies, ResolvedFields.Date, ResolvedFields.City, ResolvedFields.Country })
            Assert.Equal(MetadataSource.Caption, e.Provenance[field]);
        Assert.Equal("abcdef0123456789abcdef0123456789", e.ThumbnailKey);
    }

    [Fact]
    public void EmbeddedDate_Wins_ButTheCaptionDateIsKeptForTheCreditChecks()
    {
        var m = new PhotoMetadata
        {
            Path = "/a/p.jpg", Description = "c", DateCreated = PartialDate.FromDate(new DateOnly(2025, 6, 10)),
            Provenance = new Dictionary<string, MetadataSource> { [PhotoFields.DateCreated] = MetadataSource.Iptc },
        };
        var e = Create(m);
        Assert.Equal("2025-06-10", e.Date?.ToIsoString());
        Assert.Equal(MetadataSource.Iptc, e.Provenance[ResolvedFields.Date]);
        Assert.Equal("2025-06-08", e.Caption.Date?.ToIsoString());
    }

    [Fact]
    public void PlaceFields_AreResolvedOneByOne()
    {
        var m = new PhotoMetadata
        {
            Path = "/a/p.jpg", Description = "c", City = "Paramount", Sublocation = "Home Depot",
            Provenance = new Dictionary<string, MetadataSource> { [PhotoFields.City] = MetadataSource.Iptc, [PhotoFields.Sublocation] = MetadataSource.Xmp },
        };
        var e = Create(m);
        Assert.Equal(new Place("Home Depot", "Paramount", "California", "United States", "US"), e.Place);
        Assert.Equal(MetadataSource.Xmp, e.Provenance[ResolvedFields.Sublocation]);
        Assert.Equal(MetadataSource.Caption, e.Provenance[ResolvedFields.Region]);
    }

    [Fact]
    public void ACaptionPlaceInAnotherCountry_DoesNotFillTheFilesPlace()
    {
        var e = Create(new PhotoMetadata { Path = "/a/p.jpg", Description = "c", Country = "France" });
        Assert.Equal("France", e.Place.Country);
        Assert.Null(e.Place.City);
    }

    [Theory]
    // credit line, source, creators, expected agencies
    [InlineData("AFP/Getty Images", null, "", "AFP|Getty Images")] // gallery chain
    [InlineData("Ringo Chiu/AFP via Getty Images", null, "Ringo Chiu", "AFP|Getty Images")] // photographer dropped
    [InlineData("AP Photo", null, "", "AP")] // AP house form
    [InlineData(null, "Reuters", "", "Reuters")] // source when there is no credit line
    [InlineData("Pool/Handout", null, "", "")] // roles are not agencies
    public void WithoutCaptionAgencies_TheCreditLineGivesThem(string? credit, string? source, string creators, string expected)
    {
        var m = new PhotoMetadata
        {
            Path = "/a/p.jpg", CreditLine = credit, Source = source,
            Creators = creators.Split('|', StringSplitOptions.RemoveEmptyEntries),
        };
        var e = Create(m, CaptionFacts.Empty);
        Assert.Equal(expected, string.Join('|', e.Agencies));
        Assert.Equal(expected.Length > 0, e.Provenance.ContainsKey(ResolvedFields.Agencies));
    }

    [Fact]
    public void ReferenceDate_IsCaptureDate_ThenDateCreated_ThenFileTime()
    {
        var modified = new DateTimeOffset(2025, 1, 2, 3, 0, 0, TimeSpan.Zero);
        var capture = new PhotoMetadata { Path = "p", CaptureTime = new CaptureTime(new DateTime(2025, 6, 14, 10, 0, 0), null), DateCreated = PartialDate.OfYear(2020) };
        var created = new PhotoMetadata { Path = "p", DateCreated = PartialDate.OfMonth(2025, 2) };
        var neither = new PhotoMetadata { Path = "p" };
        Assert.Equal(new DateOnly(2025, 6, 14), PhotoEntryFactory.ReferenceDate(capture, modified));
        Assert.Equal(new DateOnly(2025, 2, 28), PhotoEntryFactory.ReferenceDate(created, modified));
        Assert.Equal(new DateOnly(2025, 1, 2), PhotoEntryFactory.ReferenceDate(neither, modified));
    }

    [Fact]
    public void TheCaptionParser_GetsTheReferenceDate()
    {
        var parser = new StubCaptionParser(Said);
        new PhotoEntryFactory(parser).Create("x", new PhotoMetadata { Path = "p", Description = "on Saturday", CaptureTime = new CaptureTime(new DateTime(2025, 6, 14, 9, 0, 0), null) }, File);
        Assert.Equal([new DateOnly(2025, 6, 14)], parser.ReferenceDates);
    }
}
