using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Writing;
using PhotoDesk.Testing;
using XmpCore;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Writing;

public class MetadataWriterTests
{
    [Fact]
    public void Write_SidecarTarget_LeavesThePhotoByteIdentical()
    {
        using var dir = new TempDirectory("writer");
        var photo = TestJpegs.WriteFile(dir.Path);
        var before = File.ReadAllBytes(photo);

        var outcome = new MetadataWriter().Write(photo, JpegMetadataWriterTests.AllFields(), WriteTarget.Sidecar);

        Assert.Equal(before, File.ReadAllBytes(photo));
        Assert.Equal(dir.Combine("photo.xmp"), outcome.WrittenPath);
    }

    [Fact]
    public void Write_EmbeddedTarget_RewritesTheJpegKeepingItsPixels()
    {
        using var dir = new TempDirectory("writer");
        var photo = TestJpegs.WriteFile(dir.Path);
        var before = File.ReadAllBytes(photo);

        var outcome = new MetadataWriter().Write(photo, JpegMetadataWriterTests.AllFields(), WriteTarget.Embedded);

        Assert.Equal(WriteTarget.Embedded, outcome.Target);
        Assert.Equal(photo, outcome.WrittenPath);
        var after = File.ReadAllBytes(photo);
        Assert.Equal(JpegBytes.ScanData(before), JpegBytes.ScanData(after));
        Assert.Equal("AP Photo/Ringo Chiu", MetadataExtractorView.Read(photo).Credit);
        Assert.Single(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void Write_EmbeddedTargetOnAPng_WritesASidecarAndSaysSo()
    {
        using var dir = new TempDirectory("writer");
        var png = dir.Combine("scan.png");
        byte[] pngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];
        File.WriteAllBytes(png, pngBytes);

        var outcome = new MetadataWriter().Write(png, MetadataPatch.Of((PhotoFields.City, "Lagos")), WriteTarget.Embedded);

        Assert.Equal(WriteTarget.Sidecar, outcome.Target);
        Assert.Equal(dir.Combine("scan.xmp"), outcome.WrittenPath);
        Assert.Contains("not a JPEG", outcome.Note);
        Assert.Equal(pngBytes, File.ReadAllBytes(png));
    }

    [Fact]
    public void Write_EmbeddedTarget_RemovesTheEditedFieldsFromAnExistingSidecar()
    {
        using var dir = new TempDirectory("writer");
        var photo = TestJpegs.WriteFile(dir.Path);
        var writer = new MetadataWriter();
        writer.Write(photo, MetadataPatch.Of((PhotoFields.City, "Sidecar City"), (PhotoFields.Headline, "Sidecar headline")), WriteTarget.Sidecar);

        var outcome = writer.Write(photo, MetadataPatch.Of((PhotoFields.City, "Embedded City")), WriteTarget.Embedded);

        Assert.Contains("photo.xmp", outcome.Note);
        var sidecar = XmpMetaFactory.ParseFromBuffer(File.ReadAllBytes(dir.Combine("photo.xmp")));
        Assert.False(sidecar.DoesPropertyExist(XmpConstants.NsPhotoshop, "City"));
        Assert.Equal("Sidecar headline", sidecar.GetPropertyString(XmpConstants.NsPhotoshop, "Headline"));
        Assert.Equal("Embedded City", MetadataExtractorView.Read(photo).City);
    }

    public static TheoryData<string, MetadataPatch> InvalidPatches() => new()
    {
        // an unknown field name
        { "unknown field", MetadataPatch.Of(("photographer", "x")) },
        // a read-only field (camera data)
        { "read-only field", MetadataPatch.Of((PhotoFields.Make, "Canon")) },
        // two values for a scalar field
        { "two credits", new MetadataPatch(new Dictionary<string, IReadOnlyList<string>> { [PhotoFields.CreditLine] = ["a", "b"] }) },
        // not a date
        { "bad date", MetadataPatch.Of((PhotoFields.DateCreated, "last Tuesday")) },
        // impossible day
        { "31 February", MetadataPatch.Of((PhotoFields.DateCreated, "2024-02-31")) },
        // a control character XML cannot carry
        { "control character", MetadataPatch.Of((PhotoFields.Description, "bell\u0007")) },
        // a lone surrogate
        { "lone surrogate", MetadataPatch.Of((PhotoFields.Headline, "x\uD800y")) },
    };

    [Theory]
    [MemberData(nameof(InvalidPatches))]
    public void Write_InvalidPatch_IsRefusedBeforeAnyFileIsTouched(string why, MetadataPatch patch)
    {
        using var dir = new TempDirectory("writer");
        var photo = TestJpegs.WriteFile(dir.Path);
        var before = File.ReadAllBytes(photo);

        foreach (var target in new[] { WriteTarget.Sidecar, WriteTarget.Embedded })
            Assert.Throws<MetadataWriteException>(() => new MetadataWriter().Write(photo, patch, target));

        Assert.Equal(before, File.ReadAllBytes(photo));
        Assert.Single(Directory.GetFiles(dir.Path));
        _ = why;
    }

    [Fact]
    public void Write_MissingFile_IsAMetadataWriteException()
    {
        using var dir = new TempDirectory("writer");

        var e = Assert.Throws<MetadataWriteException>(() => new MetadataWriter().Write(dir.Combine("nope.jpg"), MetadataPatch.Of((PhotoFields.City, "x")), WriteTarget.Embedded));

        Assert.Contains("no such file", e.Message);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void Write_CancelledToken_ChangesNothing()
    {
        using var dir = new TempDirectory("writer");
        var photo = TestJpegs.WriteFile(dir.Path);
        var before = File.ReadAllBytes(photo);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new MetadataWriter().Write(photo, JpegMetadataWriterTests.AllFields(), WriteTarget.Embedded, cts.Token));

        Assert.Equal(before, File.ReadAllBytes(photo));
        Assert.Single(Directory.GetFiles(dir.Path));
    }
}
