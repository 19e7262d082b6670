using System.Security.Cryptography;
using System.Text;
using MetadataExtractor.Formats.Iptc;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Writing.Jpeg;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Writing;

public class IptcWritingTests
{
    private static byte[] IimOf(byte[] jpeg) => JpegSurgery.Resources(jpeg).Single(r => r.Id == 0x0404).Data;

    [Fact]
    public void Rewrite_IimBlock_StartsWithVersionsAndUtf8Marker_ThenAscendingDataSets()
    {
        var output = new JpegMetadataWriter().Rewrite(TestJpegs.Create(), JpegMetadataWriterTests.AllFields());

        var sets = JpegSurgery.DataSets(IimOf(output));
        Assert.Equal((1, 0), (sets[0].Record, sets[0].Number));
        Assert.Equal([0x00, 0x04], sets[0].Value);
        Assert.Equal((1, 90), (sets[1].Record, sets[1].Number));
        Assert.Equal([0x1B, 0x25, 0x47], sets[1].Value);
        Assert.Equal((2, 0), (sets[2].Record, sets[2].Number));
        var keys = sets.Select(s => s.Record * 256 + s.Number).ToList();
        Assert.Equal(keys.Order(), keys);
    }

    [Theory]
    [InlineData("AP Photo/Jörg Müller-Lüdenscheidt", "AP Photo/Jörg Müller-Lüdensch")]   // three 2-byte ü: 29 characters are 32 bytes
    [InlineData("AP Photo/xxxxxxxxxxxxxxxxxxxxxxü", "AP Photo/xxxxxxxxxxxxxxxxxxxxxx")]    // ü would straddle byte 32: cut before it
    [InlineData("€€€€€€€€€€€€€€€€", "€€€€€€€€€€")]                                           // 3-byte €: 30 bytes, not a split 33rd
    [InlineData("😀😀😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀😀")]                                  // 4-byte emoji: exactly 32 bytes
    [InlineData("AP Photo/Ringo Chiu", "AP Photo/Ringo Chiu")]                             // fits: unchanged
    public void Rewrite_CreditLongerThan32Bytes_IsCutInIimOnACharacterBoundary_AndKeptWholeInXmp(string credit, string iimExpected)
    {
        var output = new JpegMetadataWriter().Rewrite(TestJpegs.Create(), MetadataPatch.Of((PhotoFields.CreditLine, credit)));

        var raw = JpegSurgery.DataSets(IimOf(output)).Single(d => d.Record == 2 && d.Number == 110).Value;
        Assert.True(raw.Length <= 32);
        Assert.Equal(iimExpected, new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(raw));
        var view = MetadataExtractorView.ReadBytes(output);
        Assert.Equal(credit, view.Credit);
        Assert.Equal(iimExpected, view.IimString(IptcDirectory.TagCredit));
    }

    [Fact]
    public void Rewrite_IptcDigest_IsTheMd5OfTheNewIimBlock()
    {
        var output = new JpegMetadataWriter().Rewrite(TestJpegs.Create(), JpegMetadataWriterTests.AllFields());

        var resources = JpegSurgery.Resources(output);
        var digest = resources.Single(r => r.Id == 0x0425).Data;
        Assert.Equal(MD5.HashData(IimOf(output)), digest);
    }

    [Fact]
    public void Rewrite_OddSizedIimResource_IsFollowedByAPadByte_AndMetadataExtractorReadsIt()
    {
        // "ab" as the only edit gives an IIM block of 5+2 + 5+3 + 5+2 + 5+2 = 29 bytes: odd.
        var output = new JpegMetadataWriter().Rewrite(TestJpegs.Create(), MetadataPatch.Of((PhotoFields.City, "ab")));

        var iim = IimOf(output);
        Assert.Equal(1, iim.Length % 2);
        var resources = JpegSurgery.Resources(output);
        Assert.All(resources, r => Assert.Equal(0, r.Offset % 2));
        var view = MetadataExtractorView.ReadBytes(output);
        Assert.Empty(view.Errors);
        Assert.Equal("ab", view.IimString(IptcDirectory.TagCity));
    }

    [Fact]
    public void Rewrite_KeepsOtherPhotoshopResourcesAndUneditedIimDataSets()
    {
        var iim = (byte[])[.. JpegSurgery.DataSet(2, 0, [0, 4]), .. JpegSurgery.DataSet(2, 5, "Object name"), .. JpegSurgery.DataSet(2, 110, "Old Credit")];
        var resolution = new byte[] { 0, 72, 0, 0, 0, 1, 0, 1, 0, 72, 0, 0, 0, 1, 0, 1 };
        var odd = new byte[] { 1, 2, 3 };
        var payload = JpegSurgery.PhotoshopPayload(JpegSurgery.Resource(0x03ED, resolution), JpegSurgery.Resource(0x0404, iim), JpegSurgery.Resource(0x0FA0, odd));
        var input = JpegSurgery.InsertSegment(TestJpegs.Create(), 0xED, payload);

        var output = new JpegMetadataWriter().Rewrite(input, MetadataPatch.Of((PhotoFields.CreditLine, "New Credit")));

        var resources = JpegSurgery.Resources(output);
        Assert.Equal([0x03ED, 0x0404, 0x0FA0, 0x0425], resources.Select(r => (int)r.Id));
        Assert.Equal(resolution, resources[0].Data);
        Assert.Equal(odd, resources[2].Data);
        var sets = JpegSurgery.DataSets(resources[1].Data);
        Assert.Equal("Object name", Encoding.ASCII.GetString(sets.Single(s => s.Number == 5 && s.Record == 2).Value));
        Assert.Equal("New Credit", Encoding.ASCII.GetString(sets.Single(s => s.Number == 110).Value));
        Assert.Single(sets, s => s.Record == 2 && s.Number == 110);
    }

    [Fact]
    public void Rewrite_Latin1IimWithoutCharsetMarker_IsReencodedAsUtf8()
    {
        // "Zürich" in ISO 8859-1 (0xFC), no 1:90: the reader decodes it as Latin-1 because it is not valid UTF-8.
        var iim = (byte[])[.. JpegSurgery.DataSet(2, 0, [0, 4]), .. JpegSurgery.DataSet(2, 90, Encoding.Latin1.GetBytes("Zürich"))];
        var input = JpegSurgery.InsertSegment(TestJpegs.Create(), 0xED, JpegSurgery.PhotoshopPayload(JpegSurgery.Resource(0x0404, iim)));

        var output = new JpegMetadataWriter().Rewrite(input, MetadataPatch.Of((PhotoFields.Headline, "Flood")));

        var city = JpegSurgery.DataSets(IimOf(output)).Single(d => d.Record == 2 && d.Number == 90).Value;
        Assert.Equal(Encoding.UTF8.GetBytes("Zürich"), city);
        Assert.Equal("Zürich", MetadataExtractorView.ReadBytes(output).IimString(IptcDirectory.TagCity));
    }

    [Fact]
    public void Rewrite_IimSplitOverTwoApp13Segments_IsJoinedIntoOne()
    {
        var iim = (byte[])[.. JpegSurgery.DataSet(2, 0, [0, 4]), .. JpegSurgery.DataSet(2, 120, "An old caption")];
        var first = JpegSurgery.PhotoshopPayload(JpegSurgery.Resource(0x03ED, new byte[16]));
        var second = JpegSurgery.PhotoshopPayload(JpegSurgery.Resource(0x0404, iim));
        var input = JpegSurgery.InsertSegment(JpegSurgery.InsertSegment(TestJpegs.Create(), 0xED, second), 0xED, first);

        var output = new JpegMetadataWriter().Rewrite(input, MetadataPatch.Of((PhotoFields.City, "Oslo")));

        Assert.Single(JpegBytes.Split(output).Segments, s => s.Marker == 0xED);
        var view = MetadataExtractorView.ReadBytes(output);
        Assert.Equal("An old caption", view.IimString(IptcDirectory.TagCaption));
        Assert.Equal("Oslo", view.IimString(IptcDirectory.TagCity));
    }

    [Fact]
    public void Rewrite_NewDate_DropsTheOldTimeCreated()
    {
        var iim = (byte[])[.. JpegSurgery.DataSet(2, 0, [0, 4]), .. JpegSurgery.DataSet(2, 55, "20200101"), .. JpegSurgery.DataSet(2, 60, "101500+0000")];
        var input = JpegSurgery.InsertSegment(TestJpegs.Create(), 0xED, JpegSurgery.PhotoshopPayload(JpegSurgery.Resource(0x0404, iim)));

        var output = new JpegMetadataWriter().Rewrite(input, MetadataPatch.Of((PhotoFields.DateCreated, "2025-01-07")));

        var sets = JpegSurgery.DataSets(IimOf(output));
        Assert.DoesNotContain(sets, s => s.Record == 2 && s.Number == 60);
        Assert.Equal("20250107", Encoding.ASCII.GetString(sets.Single(s => s.Record == 2 && s.Number == 55).Value));
    }

    [Fact]
    public void Rewrite_PhotoshopDataLargerThanOneSegment_PutsTheWholeIimFirstSoEverySegmentStartsAtAResource()
    {
        // A 100 KB preview resource before the IIM: two segments are needed and the preview must be split.
        var preview = new byte[100_000];
        new Random(7).NextBytes(preview);
        var iim = (byte[])[.. JpegSurgery.DataSet(2, 0, [0, 4]), .. JpegSurgery.DataSet(2, 120, "Caption kept")];
        var resources = (byte[])[.. JpegSurgery.Resource(0x040C, preview), .. JpegSurgery.Resource(0x0404, iim)];
        // Split the input the way Photoshop does: raw continuation in a second APP13.
        var input = JpegSurgery.InsertSegment(
            JpegSurgery.InsertSegment(TestJpegs.Create(), 0xED, [.. "Photoshop 3.0\0"u8, .. resources[60000..]]),
            0xED, [.. "Photoshop 3.0\0"u8, .. resources[..60000]]);

        var output = new JpegMetadataWriter().Rewrite(input, MetadataPatch.Of((PhotoFields.City, "Oslo")));

        var app13 = JpegBytes.Split(output).Segments.Where(s => s.Marker == 0xED).ToList();
        Assert.True(app13.Count >= 3);
        Assert.True(app13[0].Bytes.AsSpan(4 + 14).StartsWith("8BIM\u0004\u0004"u8));
        var view = MetadataExtractorView.ReadBytes(output);
        Assert.Equal("Caption kept", view.IimString(IptcDirectory.TagCaption));
        Assert.Equal("Oslo", view.IimString(IptcDirectory.TagCity));
        var joined = app13.SelectMany(s => s.Bytes.Skip(4 + 14)).ToArray();
        Assert.True(joined.AsSpan().IndexOf(preview) > 0, "the preview survives whole across the segments");
    }
}
