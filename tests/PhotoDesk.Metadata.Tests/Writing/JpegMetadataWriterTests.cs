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

    [Fact]
    public void Rewrite_JpegWithoutMetadataBlocks_InsertsXmpThenApp13AfterApp0AndExif()
    {
        var input = TestJpegs.Create(withExif: true);

        var output = new JpegMetadataWriter().Rewrite(input, MetadataPatch.Of((PhotoFields.City, "Kyiv")));

        var markers = JpegBytes.Split(output).Segments.Select(s => s.Marker).ToList();
        Assert.Equal([0xE0, 0xE1, 0xE1, 0xED], markers.Take(4).Select(m => (int)m));
        var segments = JpegBytes.Split(output).Segments;
        Assert.True(segments[1].StartsWith("Exif\0"));
        Assert.True(segments[2].StartsWith("http://ns.adobe.com/xap/1.0/\0"));
        Assert.True(segments[3].StartsWith("Photoshop 3.0\0"));
    }

    [Fact]
    public void Rewrite_SecondPatch_KeepsFieldsOfTheFirstInXmpAndIim()
    {
        var writer = new JpegMetadataWriter();
        var first = writer.Rewrite(TestJpegs.Create(), AllFields());

        var second = writer.Rewrite(first, MetadataPatch.Of((PhotoFields.CreditLine, "AP Photo/Ringo H.W. Chiu")));

        var view = MetadataExtractorView.ReadBytes(second);
        Assert.Equal("AP Photo/Ringo H.W. Chiu", view.Credit);
        Assert.Equal("AP Photo/Ringo H.W. Chiu", view.IimString(IptcDirectory.TagCredit));
        Assert.Equal(["Ringo Chiu", "Jae C. Hong"], view.Creators);
        Assert.Equal(["Ringo Chiu", "Jae C. Hong"], view.IimStrings(IptcDirectory.TagByLine));
        Assert.Equal("Los Angeles", view.City);
        Assert.Equal("Editorial use only", view.XmpLangDefault(XmpConstants.NsXmpRights, "UsageTerms"));
    }

    [Fact]
    public void Rewrite_ClearedField_IsRemovedFromXmpAndIim()
    {
        var writer = new JpegMetadataWriter();
        var first = writer.Rewrite(TestJpegs.Create(), AllFields());

        var cleared = writer.Rewrite(first, new MetadataPatch(new Dictionary<string, IReadOnlyList<string>>
        {
            [PhotoFields.CreditLine] = [],
            [PhotoFields.Keywords] = [],
        }));

        var view = MetadataExtractorView.ReadBytes(cleared);
        Assert.Null(view.Credit);
        Assert.Null(view.IimString(IptcDirectory.TagCredit));
        Assert.Empty(view.Keywords);
        Assert.Null(view.Iptc!.GetKeywords());
        Assert.Equal("Associated Press", view.IimString(IptcDirectory.TagSource));
    }

    [Theory]
    [InlineData("2025", "2025", "20250000")]          // year only: IIM writes 00 for the unknown month and day
    [InlineData("2025-01", "2025-01", "20250100")]    // month precision
    [InlineData("2025-01-07", "2025-01-07", "20250107")] // full date
    [InlineData("20250107", "2025-01-07", "20250107")]   // IIM-style input is normalised
    public void Rewrite_DateCreated_KeepsItsPrecisionInXmpAndIim(string input, string xmp, string iim)
    {
        var output = new JpegMetadataWriter().Rewrite(TestJpegs.Create(), MetadataPatch.Of((PhotoFields.DateCreated, input)));

        var view = MetadataExtractorView.ReadBytes(output);
        Assert.Equal(xmp, view.XmpSimple(XmpConstants.NsPhotoshop, "DateCreated"));
        var iimBlock = JpegSurgery.Resources(output).Single(r => r.Id == 0x0404).Data;
        Assert.Equal(iim, System.Text.Encoding.ASCII.GetString(JpegSurgery.DataSets(iimBlock).Single(d => d.Record == 2 && d.Number == 55).Value));
    }

    [Fact]
    public void Rewrite_XmpPacket_StartsWithXpacketAndNoByteOrderMark()
    {
        var output = new JpegMetadataWriter().Rewrite(TestJpegs.Create(), AllFields());

        var xmp = JpegBytes.Split(output).Segments.Single(s => s.StartsWith("http://ns.adobe.com/xap/1.0/\0"));
        var packet = xmp.Bytes.AsSpan(4 + 29);
        Assert.True(packet.StartsWith("<?xpacket begin="u8), System.Text.Encoding.UTF8.GetString(packet[..20]));
    }

    [Fact]
    public void Rewrite_WithWriteIptcFalse_WritesXmpOnlyAndNoApp13()
    {
        var output = new JpegMetadataWriter(new JpegWriteOptions { WriteIptc = false }).Rewrite(TestJpegs.Create(), AllFields());

        Assert.DoesNotContain(JpegBytes.Split(output).Segments, s => s.Marker == 0xED);
        Assert.Equal("AP Photo/Ringo Chiu", MetadataExtractorView.ReadBytes(output).Credit);
    }

    [Fact]
    public void Rewrite_WithWriteIptcFalse_CopiesAnExistingApp13Unchanged()
    {
        var withIptc = new JpegMetadataWriter().Rewrite(TestJpegs.Create(), AllFields());
        var app13Before = JpegBytes.Split(withIptc).Segments.Single(s => s.Marker == 0xED).Bytes;

        var output = new JpegMetadataWriter(new JpegWriteOptions { WriteIptc = false }).Rewrite(withIptc, MetadataPatch.Of((PhotoFields.City, "Paris")));

        Assert.Equal(app13Before, JpegBytes.Split(output).Segments.Single(s => s.Marker == 0xED).Bytes);
        Assert.Equal("Paris", MetadataExtractorView.ReadBytes(output).City);
    }

    [Fact]
    public void Rewrite_WithWriteXmpFalse_WritesIimOnly()
    {
        var output = new JpegMetadataWriter(new JpegWriteOptions { WriteXmp = false }).Rewrite(TestJpegs.Create(), AllFields());

        var view = MetadataExtractorView.ReadBytes(output);
        Assert.Empty(view.Xmp);
        Assert.Equal("Los Angeles", view.IimString(IptcDirectory.TagCity));
    }

    [Fact]
    public void Constructor_WithNeitherXmpNorIptc_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new JpegMetadataWriter(new JpegWriteOptions { WriteXmp = false, WriteIptc = false }));
}
