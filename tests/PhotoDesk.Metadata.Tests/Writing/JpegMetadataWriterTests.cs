using MetadataExtractor.Formats.Iptc;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Writing;
using PhotoDesk.Metadata.Writing.Jpeg;
using XmpCore;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Writing;

public class JpegMetadataWriterTests
{
    internal static MetadataPatch AllFields() => new(new Dictionary<string, IReadOnlyList<string>>
    {
        [PhotoFields.Creators] = ["Ringo Chiu", "Jae C. Hong"],
        [PhotoFields.CreditLine] = "AP Photo/Ringo Chiu".Split('\n'),
        [PhotoFields.Source] = ["Associated Press"],
        [PhotoFields.Copyright] = ["© 2025 The Associated Press"],
        [PhotoFields.Description] = ["Firefighters battle the Palisades Fire in Los Angeles, Jan. 7, 2025. (AP Photo/Ringo Chiu)"],
        [PhotoFields.Headline] = ["Wildfires in Los Angeles"],
        [PhotoFields.Keywords] = ["wildfire", "Los Angeles", "Zürich"],
        [PhotoFields.City] = ["Los Angeles"],
        [PhotoFields.Sublocation] = ["Pacific Palisades"],
        [PhotoFields.Region] = ["California"],
        [PhotoFields.Country] = ["United States"],
        [PhotoFields.CountryCode] = ["USA"],
        [PhotoFields.DateCreated] = ["2025-01-07"],
        [PhotoFields.Instructions] = ["No sales"],
        [PhotoFields.UsageTerms] = ["Editorial use only"],
    });

    [Fact]
    public void Rewrite_AllFields_AreReadBackFromXmpAndIimByMetadataExtractor()
    {
        var output = new JpegMetadataWriter().Rewrite(TestJpegs.Create(), AllFields());

        var view = MetadataExtractorView.ReadBytes(output);
        Assert.Empty(view.Errors);
        Assert.Equal(["Ringo Chiu", "Jae C. Hong"], view.Creators);
        Assert.Equal("AP Photo/Ringo Chiu", view.Credit);
        Assert.Equal("Associated Press", view.XmpSimple(XmpConstants.NsPhotoshop, "Source"));
        Assert.Equal("© 2025 The Associated Press", view.XmpLangDefault(XmpConstants.NsDC, "rights"));
        Assert.StartsWith("Firefighters battle", view.Description);
        Assert.Equal("Wildfires in Los Angeles", view.XmpSimple(XmpConstants.NsPhotoshop, "Headline"));
        Assert.Equal(["wildfire", "Los Angeles", "Zürich"], view.Keywords);
        Assert.Equal("Los Angeles", view.City);
        Assert.Equal("Pacific Palisades", view.Sublocation);
        Assert.Equal("California", view.XmpSimple(XmpConstants.NsPhotoshop, "State"));
        Assert.Equal("United States", view.XmpSimple(XmpConstants.NsPhotoshop, "Country"));
        Assert.Equal("USA", view.CountryCode);
        Assert.Equal("2025-01-07", view.XmpSimple(XmpConstants.NsPhotoshop, "DateCreated"));
        Assert.Equal("No sales", view.XmpSimple(XmpConstants.NsPhotoshop, "Instructions"));
        Assert.Equal("Editorial use only", view.XmpLangDefault(XmpConstants.NsXmpRights, "UsageTerms"));

        Assert.Equal(["Ringo Chiu", "Jae C. Hong"], view.IimStrings(IptcDirectory.TagByLine));
        Assert.Equal("AP Photo/Ringo Chiu", view.IimString(IptcDirectory.TagCredit));
        Assert.Equal("Associated Press", view.IimString(IptcDirectory.TagSource));
        Assert.Equal("© 2025 The Associated Press", view.IimString(IptcDirectory.TagCopyrightNotice));
        Assert.StartsWith("Firefighters battle", view.IimString(IptcDirectory.TagCaption));
        Assert.Equal("Wildfires in Los Angeles", view.IimString(IptcDirectory.TagHeadline));
        Assert.Equal(["wildfire", "Los Angeles", "Zürich"], view.Iptc!.GetKeywords());
        Assert.Equal("Los Angeles", view.IimString(IptcDirectory.TagCity));
        Assert.Equal("Pacific Palisades", view.IimString(IptcDirectory.TagSubLocation));
        Assert.Equal("California", view.IimString(IptcDirectory.TagProvinceOrState));
        Assert.Equal("United States", view.IimString(IptcDirectory.TagCountryOrPrimaryLocationName));
        Assert.Equal("USA", view.IimString(IptcDirectory.TagCountryOrPrimaryLocationCode));
        Assert.Equal("20250107", view.IimString(IptcDirectory.TagDateCreated));
        Assert.Equal("No sales", view.IimString(IptcDirectory.TagSpecialInstructions));
    }

    [Fact]
    public void Rewrite_KeepsScanDataAndEveryOtherSegmentByteIdentical()
    {
        var input = TestJpegs.Create();

        var output = new JpegMetadataWriter().Rewrite(input, AllFields());

        Assert.Equal(JpegBytes.ScanData(input), JpegBytes.ScanData(output));
        Assert.Equal(JpegBytes.Untouchable(input), JpegBytes.Untouchable(output));
        Assert.NotEqual(input.Length, output.Length);
    }

    [Fact]
    public void Rewrite_SamePatchTwice_GivesByteIdenticalFiles()
    {
        var writer = new JpegMetadataWriter();
        var once = writer.Rewrite(TestJpegs.Create(), AllFields());

        var twice = writer.Rewrite(once, AllFields());

        Assert.Equal(once, twice);
    }
}
