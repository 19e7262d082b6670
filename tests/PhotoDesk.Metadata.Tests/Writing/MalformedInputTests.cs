using System.Text;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Writing;
using PhotoDesk.Metadata.Writing.Jpeg;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Writing;

public class MalformedInputTests
{
    private static readonly MetadataPatch Patch = MetadataPatch.Of((PhotoFields.City, "Oslo"));

    public static TheoryData<string, byte[]> BrokenFiles()
    {
        var good = TestJpegs.Create();
        var sos = JpegBytes.Split(good).Segments.Sum(s => s.Bytes.Length) + 2;
        return new TheoryData<string, byte[]>
        {
            { "empty file", [] },
            { "PNG signature", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] },
            { "SOI only", [0xFF, 0xD8] },
            { "segment length past the end", [0xFF, 0xD8, 0xFF, 0xE1, 0x40, 0x00, 0x01, 0x02] },
            { "segment length below 2", [0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x01, 0xFF, 0xDA] },
            { "EOI before any scan", [0xFF, 0xD8, 0xFF, 0xD9] },
            { "cut before SOS", good[..(sos - 2)] },
            { "junk right after SOI", [0xFF, 0xD8, 0x12, 0x34, 0x56] },
            { "IIM with a dataset past the end", JpegSurgery.InsertSegment(good, 0xED,
                JpegSurgery.PhotoshopPayload(JpegSurgery.Resource(0x0404, [0x1C, 2, 120, 0x10, 0x00, 0x41]))) },
            { "Photoshop resource with a bad signature", JpegSurgery.InsertSegment(good, 0xED,
                [.. "Photoshop 3.0\0"u8, .. "XXXX"u8, 4, 4, 0, 0, 0, 0, 0, 2, 1, 2]) },
            { "XMP that is not XML", JpegSurgery.InsertSegment(good, 0xE1, JpegSurgery.XmpPayload("<x:xmpmeta><rdf:RDF>")) },
        };
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Rewrite_MalformedInput_ThrowsMetadataWriteException(string why, byte[] input)
    {
        var e = Assert.Throws<MetadataWriteException>(() => new JpegMetadataWriter().Rewrite(input, Patch));
        Assert.False(string.IsNullOrWhiteSpace(e.Message), why);
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Write_MalformedFile_LeavesItByteIdenticalAndNoTemporaryFile(string why, byte[] input)
    {
        using var dir = new PhotoDesk.Testing.TempDirectory("write-bad");
        var path = dir.Combine("bad.jpg");
        File.WriteAllBytes(path, input);

        Assert.Throws<MetadataWriteException>(() => new MetadataWriter().Write(path, Patch, WriteTarget.Embedded));

        Assert.Equal(input, File.ReadAllBytes(path));
        Assert.Equal(["bad.jpg"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
        _ = why;
    }

    [Theory]
    [InlineData("<!DOCTYPE x [<!ENTITY e \"boom\">]>")]      // internal entity (billion-laughs shape)
    [InlineData("<!DOCTYPE x SYSTEM \"file:///etc/passwd\">")] // external DTD
    public void Rewrite_XmpDeclaringADtd_IsRefusedNotExpanded(string doctype)
    {
        var packet = $"""
            <?xml version="1.0"?>{doctype}
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="Oslo"/>
            </rdf:RDF></x:xmpmeta>
            """;
        var input = JpegSurgery.InsertSegment(TestJpegs.Create(), 0xE1, JpegSurgery.XmpPayload(packet));

        var e = Assert.Throws<MetadataWriteException>(() => new JpegMetadataWriter().Rewrite(input, Patch));
        Assert.Contains("DTD", e.Message);
    }

    [Fact]
    public void Rewrite_StrayBytesAfterAShortXmpSegment_AreKeptWithTheSegmentAndThePacketIsRead()
    {
        // The "Issue 308" shape: the APP1 length stops 6 bytes before the end of the packet.
        const string packet = """<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:Rating="3"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>""";
        var original = TestJpegs.Create();
        var proper = JpegSurgery.InsertSegment(original, 0xE1, JpegSurgery.XmpPayload(packet));
        var at = IndexOf(proper, Encoding.ASCII.GetBytes("http://ns.adobe.com/xap/1.0/")) - 2;
        var length = (proper[at] << 8) | proper[at + 1];
        proper[at] = (byte)((length - 6) >> 8);
        proper[at + 1] = (byte)(length - 6);

        var output = new JpegMetadataWriter().Rewrite(proper, Patch);

        var view = MetadataExtractorView.ReadBytes(output);
        Assert.Equal("3", view.XmpSimple(XmpCore.XmpConstants.NsXmp, "Rating"));
        Assert.Equal("Oslo", view.City);
        Assert.Equal(JpegBytes.ScanData(original), JpegBytes.ScanData(output));
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
