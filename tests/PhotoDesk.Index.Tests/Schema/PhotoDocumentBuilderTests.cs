using Lucene.Net.Index;
using PhotoDesk.Core.Captions;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Index.Schema;
using Xunit;

namespace PhotoDesk.Index.Tests.Schema;

/// <summary>The fields one photo becomes: each value once, trimmed, in the photo's order; has: values once each.</summary>
public sealed class PhotoDocumentBuilderTests
{
    private static readonly PhotoEntry Entry = new()
    {
        Id = "p1",
        Path = "/archive/p1.jpg",
        Metadata = new PhotoMetadata
        {
            Path = "/archive/p1.jpg",
            Description = "Firefighters battle a brush fire",
            CreditLine = "AP Photo/Ringo Chiu",
            Source = " ap photo/ringo chiu ", // the same credit again, in other case and with spaces
            Make = "Canon",
            Model = "EOS R5",
        },
        Photographers = [" Ringo Chiu", "Jae C. Hong", "Ringo Chiu ", "  "],
        Agencies = ["AP"],
        Keywords = [],
        Place = new Place(City: "Los Angeles", Region: "California", Country: "United States", CountryCode: "US", Sublocation: "los angeles"),
        Findings = ["spelling-variant", "spelling-variant", " "],
    };

    private static List<string> Values(List<IIndexableField> doc, string field) =>
        doc.Where(f => f.Name == field).Select(f => f.GetStringValue() ?? f.GetBinaryValue()?.Utf8ToString() ?? "").ToList();

    [Fact]
    public void Names_are_indexed_once_each_trimmed_in_order_as_words_exactly_and_as_facets()
    {
        var doc = PhotoDocumentBuilder.Build(Entry);

        Assert.Equal(["Ringo Chiu", "Jae C. Hong"], Values(doc, IndexFields.Photographer));
        Assert.Equal(["Ringo Chiu", "Jae C. Hong"], Values(doc, IndexFields.Exact(IndexFields.Photographer)));
        Assert.Equal(["Ringo Chiu", "Jae C. Hong"], Values(doc, FacetFields.ValuesField(FacetFields.Photographer)));
        Assert.Equal(["AP"], Values(doc, FacetFields.ValuesField(FacetFields.Agency)));
        Assert.Equal(["Canon EOS R5"], Values(doc, FacetFields.ValuesField(FacetFields.Camera)));
        Assert.Equal(["AP Photo/Ringo Chiu"], Values(doc, IndexFields.Credit)); // case-blind: the first spelling stays
        Assert.Empty(Values(doc, FacetFields.ValuesField(FacetFields.Keyword)));
    }

    [Fact]
    public void A_size_is_indexed_only_when_known_and_the_date_sorts_by_one_doc_value()
    {
        var catalog = PhotoDocumentBuilder.Build(Entry with { Origin = "catalog", FileSize = 0 });
        var file = PhotoDocumentBuilder.Build(Entry with { FileSize = 123_456 });

        Assert.DoesNotContain(catalog, f => f.Name == IndexFields.FileSize); // unknown: size: ranges must not match it
        Assert.Single(file, f => f.Name == IndexFields.FileSize);
        var order = Assert.Single(file, f => f.Name.StartsWith("dv_date_order", StringComparison.Ordinal));
        Assert.Equal(DateOrder.Undated, order.GetInt64Value()); // no date, no capture time
    }

    [Fact]
    public void The_place_field_holds_each_place_name_once_ignoring_case()
    {
        var doc = PhotoDocumentBuilder.Build(Entry);

        Assert.Equal(["los angeles", "California", "United States", "US"], Values(doc, IndexFields.Place));
        Assert.Equal(["Los Angeles"], Values(doc, IndexFields.City));
        Assert.Equal(["los angeles"], Values(doc, FacetFields.ValuesField(FacetFields.Sublocation)));
    }

    [Fact]
    public void Has_values_and_findings_appear_once_each()
    {
        var doc = PhotoDocumentBuilder.Build(Entry);

        Assert.Equal(["caption", "photographer", "agency", "credit", "place", "finding"], Values(doc, IndexFields.Has));
        Assert.Equal(["spelling-variant"], Values(doc, IndexFields.Finding));
        Assert.Equal(["spelling-variant"], Values(doc, FacetFields.ValuesField(FacetFields.Finding)));
    }
}
