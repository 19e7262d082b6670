using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Writing.Jpeg;
using XmpCore;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Writing;

public class ExtendedXmpTests
{
    private const string ExtendedHeader = "http://ns.adobe.com/xmp/extension/\0";

    /// <summary>A caption of about 120 KB: more than one segment's worth (no trailing blank: the writer trims values).</summary>
    internal static string HugeCaption() => string.Join("\n", Enumerable.Range(0, 3000).Select(i => $"Line {i:D4}: Zürich flood caption text."));

    private static (byte[] Standard, List<byte[]> Chunks) XmpSegments(byte[] jpeg)
    {
        var segments = JpegBytes.Split(jpeg).Segments;
        var standard = segments.Single(s => s.StartsWith("http://ns.adobe.com/xap/1.0/\0")).Bytes[(4 + 29)..];
        var chunks = segments.Where(s => s.StartsWith(ExtendedHeader)).Select(s => s.Bytes[4..]).ToList();
        return (standard, chunks);
    }

    [Fact]
    public void Rewrite_XmpTooLargeForOneSegment_MovesTheLargestPropertyToExtendedXmp()
    {
        var caption = HugeCaption();

        var output = new JpegMetadataWriter().Rewrite(TestJpegs.Create(),
            MetadataPatch.Of((PhotoFields.Description, caption), (PhotoFields.City, "Zürich")));

        var (standard, chunks) = XmpSegments(output);
        Assert.True(standard.Length <= 65504);
        Assert.True(chunks.Count >= 2);
        Assert.All(chunks, c => Assert.True(c.Length - 75 <= 65458));
        var guid = Encoding.ASCII.GetString(chunks[0], 35, 32);
        var full = (int)BinaryPrimitives.ReadUInt32BigEndian(chunks[0].AsSpan(67));
        var assembled = new byte[full];
        foreach (var c in chunks)
            c.AsSpan(75).CopyTo(assembled.AsSpan((int)BinaryPrimitives.ReadUInt32BigEndian(c.AsSpan(71))));
        Assert.Equal(Convert.ToHexString(MD5.HashData(assembled)), guid);
        Assert.Contains($"HasExtendedXMP=\"{guid}\"", Encoding.UTF8.GetString(standard));

        var view = MetadataExtractorView.ReadBytes(output);
        Assert.Equal(caption, view.Description);
        Assert.Equal("Zürich", view.City);
        Assert.Empty(view.Errors);
    }

    [Fact]
    public void Rewrite_FileWithExtendedXmp_KeepsTheExtendedPropertiesWhenAnotherFieldChanges()
    {
        var writer = new JpegMetadataWriter();
        var caption = HugeCaption();
        var withExtended = writer.Rewrite(TestJpegs.Create(), MetadataPatch.Of((PhotoFields.Description, caption)));

        var output = writer.Rewrite(withExtended, MetadataPatch.Of((PhotoFields.CreditLine, "AP Photo")));

        var view = MetadataExtractorView.ReadBytes(output);
        Assert.Equal(caption, view.Description);
        Assert.Equal("AP Photo", view.Credit);
        Assert.Equal(JpegBytes.ScanData(withExtended), JpegBytes.ScanData(output));
        Assert.Equal(output, writer.Rewrite(output, MetadataPatch.Of((PhotoFields.CreditLine, "AP Photo"))));
    }

    [Fact]
    public void Rewrite_ShorteningTheLargeProperty_DropsTheExtendedChunks()
    {
        var writer = new JpegMetadataWriter();
        var withExtended = writer.Rewrite(TestJpegs.Create(), MetadataPatch.Of((PhotoFields.Description, HugeCaption())));

        var output = writer.Rewrite(withExtended, MetadataPatch.Of((PhotoFields.Description, "Short caption")));

        var (standard, chunks) = XmpSegments(output);
        Assert.Empty(chunks);
        Assert.DoesNotContain("HasExtendedXMP", Encoding.UTF8.GetString(standard));
        Assert.Equal("Short caption", MetadataExtractorView.ReadBytes(output).Description);
    }

    [Fact]
    public void Rewrite_XmpWrittenByAnotherTool_KeepsItsOtherProperties()
    {
        const string packet = """
            <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:custom="http://example.com/custom/1.0/"
              xmp:Rating="4" custom:Species="Panthera onca" xmp:CreatorTool="Camera Trap 2.1"/>
            </rdf:RDF></x:xmpmeta>
            <?xpacket end="w"?>
            """;
        var input = JpegSurgery.InsertSegment(TestJpegs.Create(), 0xE1, JpegSurgery.XmpPayload(packet));

        var output = new JpegMetadataWriter().Rewrite(input, MetadataPatch.Of((PhotoFields.Headline, "Jaguar")));

        var view = MetadataExtractorView.ReadBytes(output);
        Assert.Equal("4", view.XmpSimple(XmpConstants.NsXmp, "Rating"));
        Assert.Equal("Panthera onca", view.XmpSimple("http://example.com/custom/1.0/", "Species"));
        Assert.Equal("Jaguar", view.XmpSimple(XmpConstants.NsPhotoshop, "Headline"));
        Assert.Single(JpegBytes.Split(output).Segments, s => s.StartsWith("http://ns.adobe.com/xap/1.0/\0"));
    }
}
