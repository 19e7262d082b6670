using CsCheck;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Hardening.Tests.HostileFiles;
using PhotoDesk.Metadata.Reading;
using PhotoDesk.Metadata.Writing;
using PhotoDesk.Metadata.Writing.Jpeg;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Hardening.Tests.Properties;

/// <summary>
/// The JPEG segment reader and the lossless writer on arbitrary and mutated bytes: the reader throws nothing but
/// PhotoReadException, the writer nothing but MetadataWriteException, and every output re-reads with its scan
/// (SOS..EOI) byte-identical to the input's.
/// </summary>
public sealed class JpegSegmentPropertyTests : IDisposable
{
    private readonly TempDirectory _temp = new("props");

    public void Dispose() => _temp.Dispose();

    private static readonly MetadataPatch Patch = MetadataPatch.Of(
        (PhotoFields.Creators, "Jae C. Hong"), (PhotoFields.CreditLine, "AP Photo"), (PhotoFields.Headline, "Property test"));

    private void ReadOnlyExpected(byte[] bytes)
    {
        var path = _temp.Combine(Guid.NewGuid().ToString("N") + ".jpg");
        File.WriteAllBytes(path, bytes);
        try
        {
            _ = new PhotoMetadataReader().Read(path);
        }
        catch (PhotoReadException)
        {
            // documented: a file that cannot be read as a photo at all
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Reader_OnArbitraryBytes_ThrowsOnlyPhotoReadException() =>
        Gen.Byte.Array[0, 3000].Select(b => b.Length >= 2 && b[0] != 0xFF ? [0xFF, 0xD8, .. b] : b)
            .Sample(ReadOnlyExpected, iter: 300, threads: 1);

    [Fact]
    public void Reader_OnMutatedSamplePhotos_ThrowsOnlyPhotoReadException() =>
        JpegMutations.Mutated.Sample(ReadOnlyExpected, iter: 400, threads: 1, print: b => $"{b.Length} bytes");

    [Fact]
    public void Writer_OnMutatedSamplePhotos_FailsOnlyWithMetadataWriteExceptionAndKeepsPixels() =>
        JpegMutations.Mutated.Sample(bytes =>
        {
            byte[] output;
            try
            {
                output = new JpegMetadataWriter().Rewrite(bytes, Patch);
            }
            catch (MetadataWriteException)
            {
                return; // documented refusal
            }
            Assert.True(JpegBytes.StartOfScan(bytes) > 0, "the writer accepted a file without a scan");
            Assert.Equal(JpegBytes.Pixels(bytes), JpegBytes.Pixels(output));
            ReadOnlyExpected(output);
            // re-writing its own output is accepted and still keeps the pixels
            Assert.Equal(JpegBytes.Pixels(bytes), JpegBytes.Pixels(new JpegMetadataWriter().Rewrite(output, Patch)));
        }, iter: 300, threads: 1, print: b => $"{b.Length} bytes");

    [Fact]
    public void Writer_OnArbitraryBytes_FailsOnlyWithMetadataWriteException() =>
        Gen.Byte.Array[0, 2000].Select(b => (byte[])[0xFF, 0xD8, .. b]).Sample(bytes =>
        {
            try
            {
                var output = new JpegMetadataWriter().Rewrite(bytes, Patch);
                Assert.Equal(JpegBytes.Pixels(bytes), JpegBytes.Pixels(output));
            }
            catch (MetadataWriteException)
            {
            }
        }, iter: 300, threads: 1);

    [Fact]
    public void Writer_OnUnmutatedSamples_Succeeds()
    {
        foreach (var original in JpegMutations.Originals)
            Assert.Equal(JpegBytes.Pixels(original), JpegBytes.Pixels(new JpegMetadataWriter().Rewrite(original, Patch)));
    }
}
