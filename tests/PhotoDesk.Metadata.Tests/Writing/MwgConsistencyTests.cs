using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Reading;
using PhotoDesk.Metadata.Writing;
using PhotoDesk.Metadata.Writing.Jpeg;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Writing;

/// <summary>
/// MWG readers weigh EXIF, XMP and IIM against each other (EXIF first for description/creators/copyright, the
/// IPTCDigest deciding between XMP and IIM). The writer keeps the file consistent, so an edit shows and the fields
/// it did not touch read as before.
/// </summary>
public class MwgConsistencyTests
{
    private static PhotoMetadata ReadBytes(TempDirectory dir, byte[] jpeg, string name = "photo.jpg")
    {
        var path = dir.Combine(name);
        File.WriteAllBytes(path, jpeg);
        return new PhotoMetadataReader().Read(path);
    }

    private static ExifIfd0Directory Ifd0(byte[] jpeg) =>
        ImageMetadataReader.ReadMetadata(new MemoryStream(jpeg)).OfType<ExifIfd0Directory>().Single();

    [Theory]
    [InlineData("OLYMPUS DIGITAL CAMERA", "A new caption")]                           // shorter: written where the old value was
    [InlineData("CAM", "A much longer caption than the camera's placeholder — Zürich")] // longer: appended to the EXIF block
    public void Write_Description_UpdatesANonBlankExifImageDescription(string cameraText, string caption)
    {
        using var dir = new TempDirectory("mwg");
        var input = TestJpegs.CreateWithExifText(cameraText, "Cam Owner", "(c) Cam Owner");
        Assert.Equal(cameraText, ReadBytes(dir, input, "before.jpg").Description);

        var output = new JpegMetadataWriter().Rewrite(input, MetadataPatch.Of((PhotoFields.Description, caption)));

        Assert.Equal(caption, ReadBytes(dir, output).Description);
        var ifd0 = Ifd0(output);
        Assert.Equal(caption, ifd0.GetString(ExifDirectoryBase.TagImageDescription, Encoding.UTF8));
        Assert.Equal("Cam Owner", ifd0.GetString(ExifDirectoryBase.TagArtist));
        Assert.Equal("PhotoDeskCam", ifd0.GetString(ExifDirectoryBase.TagMake));
        Assert.Equal(JpegBytes.ScanData(input), JpegBytes.ScanData(output));
        var exif = ImageMetadataReader.ReadMetadata(new MemoryStream(output)).OfType<ExifSubIfdDirectory>().Single();
        Assert.Equal("2024:05:01 10:20:30", exif.GetString(ExifDirectoryBase.TagDateTimeOriginal));
    }

    [Fact]
    public void Write_CreatorsAndCopyright_UpdateExifArtistAsAnMwgListAndCopyright()
    {
        using var dir = new TempDirectory("mwg");
        var input = TestJpegs.CreateWithExifText("CAMERA", "Old Artist", "Old Copyright");

        var output = new JpegMetadataWriter().Rewrite(input, new MetadataPatch(new Dictionary<string, IReadOnlyList<string>>
        {
            [PhotoFields.Creators] = ["Ringo Chiu", "Jae C. Hong"],
            [PhotoFields.Copyright] = ["© 2025 AP"],
        }));

        var m = ReadBytes(dir, output);
        Assert.Equal(["Ringo Chiu", "Jae C. Hong"], m.Creators);
        Assert.Equal("© 2025 AP", m.Copyright);
        Assert.Equal("Ringo Chiu; Jae C. Hong", Ifd0(output).GetString(ExifDirectoryBase.TagArtist));
    }

    [Fact]
    public void Write_ClearedDescription_BlanksTheExifValueSoNothingOldShowsThrough()
    {
        using var dir = new TempDirectory("mwg");
        var withCaption = new JpegMetadataWriter().Rewrite(TestJpegs.CreateWithExifText("OLYMPUS DIGITAL CAMERA", "A", "C"),
            MetadataPatch.Of((PhotoFields.Description, "caption")));

        var output = new JpegMetadataWriter().Rewrite(withCaption, MetadataPatch.Of((PhotoFields.Description, null)));

        Assert.Null(ReadBytes(dir, output).Description);
    }

    [Fact]
    public void Write_WithUpdateExifFalse_LeavesExifAlone()
    {
        var input = TestJpegs.CreateWithExifText("OLYMPUS DIGITAL CAMERA", "A", "C");

        var output = new JpegMetadataWriter(new JpegWriteOptions { UpdateExif = false }).Rewrite(input, MetadataPatch.Of((PhotoFields.Description, "caption")));

        Assert.Equal(JpegBytes.Untouchable(input), JpegBytes.Untouchable(output));
    }

    [ToolFact("exiftool")]
    public void Write_ExifEdit_AddsNoExifToolValidateWarning()
    {
        using var dir = new TempDirectory("mwg");
        var input = dir.Combine("input.jpg");
        File.WriteAllBytes(input, TestJpegs.CreateWithExifText("CAM", "Old Artist", "Old"));
        var output = dir.Combine("output.jpg");
        File.WriteAllBytes(output, File.ReadAllBytes(input));

        new MetadataWriter().Write(output, JpegMetadataWriterTests.AllFields(), WriteTarget.Embedded);

        Assert.Empty(OracleToolTests.NewWarnings(input, output));
        var r = ExternalTools.Run("exiftool", ["-s3", "-IFD0:ImageDescription", output]);
        Assert.StartsWith("Firefighters battle", r.StdOut);
    }

    [Fact]
    public void Write_StaleIptcDigest_KeepsTheIimCaptionThatReadersPreferred()
    {
        // IIM caption changed by an IIM-only tool after the XMP was written: the digest no longer matches.
        using var dir = new TempDirectory("mwg");
        var iim = (byte[])[.. JpegSurgery.DataSet(2, 0, [0, 4]), .. JpegSurgery.DataSet(2, 120, "IIM caption (newer)")];
        var staleDigest = MD5.HashData("something else"u8.ToArray());
        const string packet = """<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt><rdf:li xml:lang="x-default">XMP caption (older)</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>""";
        var input = JpegSurgery.InsertSegment(
            JpegSurgery.InsertSegment(TestJpegs.Create(), 0xED, JpegSurgery.PhotoshopPayload(JpegSurgery.Resource(0x0404, iim), JpegSurgery.Resource(0x0425, staleDigest))),
            0xE1, JpegSurgery.XmpPayload(packet));
        Assert.Equal("IIM caption (newer)", ReadBytes(dir, input, "before.jpg").Description);

        var output = new JpegMetadataWriter().Rewrite(input, MetadataPatch.Of((PhotoFields.City, "Oslo")));

        var m = ReadBytes(dir, output);
        Assert.Equal("IIM caption (newer)", m.Description);
        Assert.Equal("Oslo", m.City);
        Assert.Equal("IIM caption (newer)", MetadataExtractorView.ReadBytes(output).Description);
    }

    [Fact]
    public void Write_FotoStationTrailerIim_IsCarriedIntoTheNewApp13()
    {
        using var dir = new TempDirectory("mwg");
        var iim = (byte[])[.. JpegSurgery.DataSet(2, 0, [0, 4]), .. JpegSurgery.DataSet(2, 120, "Trailer caption"), .. JpegSurgery.DataSet(2, 80, "Trailer Author")];
        var footer = new byte[10];
        BinaryPrimitives.WriteUInt16BigEndian(footer, 1);
        BinaryPrimitives.WriteUInt32BigEndian(footer.AsSpan(2), (uint)(iim.Length + 10));
        BinaryPrimitives.WriteUInt32BigEndian(footer.AsSpan(6), 0xA1B2C3D4);
        byte[] input = [.. TestJpegs.Create(), .. iim, .. footer];
        Assert.Equal("Trailer caption", ReadBytes(dir, input, "before.jpg").Description);

        var output = new JpegMetadataWriter().Rewrite(input, MetadataPatch.Of((PhotoFields.City, "Oslo")));

        var m = ReadBytes(dir, output);
        Assert.Equal("Trailer caption", m.Description);
        Assert.Equal(["Trailer Author"], m.Creators);
        Assert.Equal("Oslo", m.City);
        Assert.True(output.AsSpan().EndsWith([.. iim, .. footer]), "the trailer is copied unchanged");
    }
}
