using System.Text;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Writing;
using PhotoDesk.Metadata.Writing.Sidecars;
using PhotoDesk.Testing;
using XmpCore;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Writing;

public class XmpSidecarWriterTests
{
    private const string OtherToolSidecar = """
        <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:crs="http://ns.adobe.com/camera-raw-settings/1.0/"
          xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmp:Rating="5" crs:Exposure2012="+0.35" photoshop:City="Old City"/>
        </rdf:RDF></x:xmpmeta>
        """;

    private static IXmpMeta Parse(string path) => XmpMetaFactory.ParseFromBuffer(File.ReadAllBytes(path));

    [Fact]
    public void Write_NoSidecarYet_CreatesPhotoXmpWithOnlyTheEditedFields_AndLeavesThePhotoAlone()
    {
        using var dir = new TempDirectory("sidecar");
        var photo = TestJpegs.WriteFile(dir.Path);
        var before = File.ReadAllBytes(photo);

        var outcome = new XmpSidecarWriter().Write(photo, MetadataPatch.Of((PhotoFields.CreditLine, "AP Photo/Jae C. Hong"), (PhotoFields.City, "Seoul")));

        Assert.Equal(dir.Combine("photo.xmp"), outcome.WrittenPath);
        Assert.Equal(WriteTarget.Sidecar, outcome.Target);
        Assert.Equal(before, File.ReadAllBytes(photo));
        var meta = Parse(outcome.WrittenPath);
        Assert.Equal("AP Photo/Jae C. Hong", meta.GetPropertyString(XmpConstants.NsPhotoshop, "Credit"));
        Assert.Equal("Seoul", meta.GetPropertyString(XmpConstants.NsPhotoshop, "City"));
        var top = meta.Properties.Where(p => p.Path is { } path && !path.Contains('/') && !path.Contains('[')).Select(p => p.Path).ToList();
        Assert.Equal(["photoshop:City", "photoshop:Credit"], top.Order());
        Assert.False(File.ReadAllBytes(outcome.WrittenPath).AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
    }

    [Theory]
    [InlineData("photo.xmp")]     // Lightroom / Photo Mechanic naming
    [InlineData("photo.jpg.xmp")] // darktable / digiKam naming
    public void Write_ExistingSidecar_IsUpdatedInPlaceKeepingWhatItHad(string sidecarName)
    {
        using var dir = new TempDirectory("sidecar");
        var photo = TestJpegs.WriteFile(dir.Path);
        File.WriteAllText(dir.Combine(sidecarName), OtherToolSidecar);

        var outcome = new XmpSidecarWriter().Write(photo, MetadataPatch.Of((PhotoFields.City, "Busan")));

        Assert.Equal(dir.Combine(sidecarName), outcome.WrittenPath);
        Assert.Equal(2, Directory.GetFiles(dir.Path).Length);
        var meta = Parse(outcome.WrittenPath);
        Assert.Equal("Busan", meta.GetPropertyString(XmpConstants.NsPhotoshop, "City"));
        Assert.Equal("5", meta.GetPropertyString(XmpConstants.NsXmp, "Rating"));
        Assert.Equal("+0.35", meta.GetPropertyString("http://ns.adobe.com/camera-raw-settings/1.0/", "Exposure2012"));
    }

    [Fact]
    public void Write_ClearedField_IsWrittenEmptySoItStillOverridesThePhoto()
    {
        using var dir = new TempDirectory("sidecar");
        var photo = TestJpegs.WriteFile(dir.Path);
        File.WriteAllText(dir.Combine("photo.xmp"), OtherToolSidecar);

        var outcome = new XmpSidecarWriter().Write(photo, new MetadataPatch(new Dictionary<string, IReadOnlyList<string>>
        {
            [PhotoFields.City] = [],
            [PhotoFields.Keywords] = [],
        }));

        var meta = Parse(outcome.WrittenPath);
        Assert.Equal("", meta.GetPropertyString(XmpConstants.NsPhotoshop, "City"));
        Assert.True(meta.DoesPropertyExist(XmpConstants.NsDC, "subject"));
        Assert.Equal(0, meta.CountArrayItems(XmpConstants.NsDC, "subject"));
    }

    [Fact]
    public void Write_SamePatchTwice_GivesAByteIdenticalSidecar()
    {
        using var dir = new TempDirectory("sidecar");
        var photo = TestJpegs.WriteFile(dir.Path);
        var writer = new XmpSidecarWriter();
        var first = writer.Write(photo, JpegMetadataWriterTests.AllFields());
        var once = File.ReadAllBytes(first.WrittenPath);

        writer.Write(photo, JpegMetadataWriterTests.AllFields());

        Assert.Equal(once, File.ReadAllBytes(first.WrittenPath));
    }

    [Fact]
    public void Write_UnparseableSidecar_IsRefusedAndLeftAsItWas()
    {
        using var dir = new TempDirectory("sidecar");
        var photo = TestJpegs.WriteFile(dir.Path);
        var sidecar = dir.Combine("photo.xmp");
        File.WriteAllText(sidecar, "<x:xmpmeta> not closed");

        Assert.Throws<MetadataWriteException>(() => new XmpSidecarWriter().Write(photo, MetadataPatch.Of((PhotoFields.City, "Busan"))));

        Assert.Equal("<x:xmpmeta> not closed", File.ReadAllText(sidecar, Encoding.UTF8));
    }

    [Fact]
    public void Write_BothSidecarNamesPresent_UpdatesBoth()
    {
        using var dir = new TempDirectory("sidecar");
        var photo = TestJpegs.WriteFile(dir.Path);
        File.WriteAllText(dir.Combine("photo.xmp"), OtherToolSidecar);
        File.WriteAllText(dir.Combine("photo.jpg.xmp"), OtherToolSidecar);

        var outcome = new XmpSidecarWriter().Write(photo, MetadataPatch.Of((PhotoFields.City, "Incheon")));

        Assert.NotNull(outcome.Note);
        Assert.Equal("Incheon", Parse(dir.Combine("photo.xmp")).GetPropertyString(XmpConstants.NsPhotoshop, "City"));
        Assert.Equal("Incheon", Parse(dir.Combine("photo.jpg.xmp")).GetPropertyString(XmpConstants.NsPhotoshop, "City"));
    }
}
