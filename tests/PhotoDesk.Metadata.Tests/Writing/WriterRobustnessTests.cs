using CsCheck;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Writing;
using PhotoDesk.Metadata.Writing.Jpeg;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Writing;

/// <summary>Damaged input makes the writer refuse with <see cref="MetadataWriteException"/>, never anything else.</summary>
public class WriterRobustnessTests
{
    private static readonly MetadataPatch Patch = MetadataPatch.Of((PhotoFields.Description, "caption"), (PhotoFields.City, "Oslo"));

    private static readonly byte[] Rich = new JpegMetadataWriter().Rewrite(
        TestJpegs.CreateWithExifText("CAMERA", "Artist", "Copyright"), JpegMetadataWriterTests.AllFields());

    private static void RewriteOrRefuse(byte[] input)
    {
        try
        {
            var output = new JpegMetadataWriter().Rewrite(input, Patch);
            Assert.Equal(JpegBytes.ScanData(input), JpegBytes.ScanData(output));
        }
        catch (MetadataWriteException)
        {
            // refusing is fine; any other exception type fails the property
        }
    }

    [Fact]
    public void Rewrite_RandomBytesAfterSoi_OnlyEverRefusesWithMetadataWriteException() =>
        Gen.Byte.Array[0, 300].Sample(tail =>
        {
            try { new JpegMetadataWriter().Rewrite([0xFF, 0xD8, .. tail], Patch); }
            catch (MetadataWriteException) { }
        }, iter: 1000);

    [Fact]
    public void Rewrite_JpegWithCorruptedMetadataBytes_OnlyEverRefusesWithMetadataWriteException()
    {
        var metadataEnd = Rich.AsSpan().IndexOf(new byte[] { 0xFF, 0xDB });
        Gen.Select(Gen.Int[2, metadataEnd - 1], Gen.Byte, Gen.Int[2, metadataEnd - 1], Gen.Byte).Sample((p1, b1, p2, b2) =>
        {
            var damaged = (byte[])Rich.Clone();
            damaged[p1] = b1;
            damaged[p2] = b2;
            try { RewriteOrRefuse(damaged); }
            catch (ArgumentException) { /* the test's own simple walker gave up on this input: not the writer's fault */ }
        }, iter: 600);
    }

    [Fact]
    public void Rewrite_TruncatedJpeg_OnlyEverRefusesWithMetadataWriteException() =>
        Gen.Int[0, Rich.Length].Sample(length =>
        {
            try { new JpegMetadataWriter().Rewrite(Rich[..length], Patch); }
            catch (MetadataWriteException) { }
        }, iter: 300);

    [Fact]
    public void Write_ArbitrarySidecarContent_IsEditedOrRefusedAndNeverHalfWritten() =>
        Gen.OneOf(Gen.Byte.Array[0, 200].Select(b => b), Gen.String.Select(t => System.Text.Encoding.UTF8.GetBytes("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">" + t)))
            .Sample(content =>
            {
                using var dir = new PhotoDesk.Testing.TempDirectory("robust-sidecar");
                var photo = TestJpegs.WriteFile(dir.Path, withExif: false);
                var sidecar = dir.Combine("photo.xmp");
                File.WriteAllBytes(sidecar, content);
                try
                {
                    new MetadataWriter().Write(photo, Patch, WriteTarget.Sidecar);
                }
                catch (MetadataWriteException)
                {
                    Assert.Equal(content, File.ReadAllBytes(sidecar));
                }
                Assert.Equal(2, Directory.GetFiles(dir.Path).Length);
            }, iter: 150, threads: 1);

    [PhotoDesk.Testing.SharedCorpusTheory]
    [MemberData(nameof(CorpusFiles.MalformedJpegData), MemberType = typeof(CorpusFiles))]
    public void Write_OnMalformedCorpusJpeg_RefusesOrKeepsThePixels_AndNeverThrowsAnythingElse(string name)
    {
        using var dir = new PhotoDesk.Testing.TempDirectory("robust-corpus");
        var path = dir.Combine(name);
        File.Copy(Path.Combine(PhotoDesk.Testing.TestPaths.SharedCorpusImages!, name), path);
        var before = File.ReadAllBytes(path);

        try
        {
            new MetadataWriter().Write(path, Patch, WriteTarget.Embedded);
            var tailBefore = before.AsSpan(before.AsSpan().IndexOf(new byte[] { 0xFF, 0xDA }));
            Assert.True(File.ReadAllBytes(path).AsSpan().EndsWith(tailBefore), "the image data must be unchanged");
        }
        catch (MetadataWriteException)
        {
            Assert.Equal(before, File.ReadAllBytes(path));
        }
        Assert.Single(Directory.GetFiles(dir.Path));
    }
}
