using PhotoDesk.Ingest.Identity;
using PhotoDesk.Ingest.Tests.Support;
using Xunit;

namespace PhotoDesk.Ingest.Tests.Identity;

public class ContentHasherTests
{
    private static string Hash(byte[] bytes, bool jpeg = true) => ContentHasher.Compute(new MemoryStream(bytes), jpeg);

    [Fact]
    public void Hash_OfAJpeg_IgnoresMetadataSegments()
    {
        var jpeg = TestImages.Jpeg(1);
        var edited = TestImages.InsertApp1(jpeg, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>"u8.ToArray());
        Assert.Equal(Hash(jpeg), Hash(edited));
    }

    [Fact]
    public void Hash_OfAJpeg_IsXxh128OfTheBytesFromTheFirstScanMarker()
    {
        var jpeg = TestImages.Jpeg(3);
        var sos = Enumerable.Range(0, jpeg.Length - 1).First(i => jpeg[i] == 0xFF && jpeg[i + 1] == 0xDA);
        var expected = Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(jpeg.AsSpan(sos)));
        Assert.Equal(expected, Hash(jpeg));
    }

    [Fact]
    public void Hash_ChangesWithThePixels()
    {
        Assert.NotEqual(Hash(TestImages.Jpeg(1)), Hash(TestImages.Jpeg(2)));
    }

    [Fact]
    public void Hash_OfANonJpeg_CoversTheWholeFile()
    {
        var png = TestImages.Png(1);
        var other = (byte[])png.Clone();
        other[^5] ^= 0xFF;
        Assert.NotEqual(Hash(png, jpeg: false), Hash(other, jpeg: false));
        Assert.Equal(32, Hash(png, jpeg: false).Length);
    }

    [Theory]
    [InlineData(new byte[0])] // empty file
    [InlineData(new byte[] { 0xFF, 0xD8 })] // SOI only
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF, 0x00 })] // segment length past the end
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x01 })] // impossible segment length
    public void Hash_OfATruncatedOrMalformedJpeg_StillHashes(byte[] bytes)
    {
        Assert.Equal(32, Hash(bytes).Length);
    }

    [Fact]
    public void Ids_AreStableAndDisambiguatedByPath()
    {
        var hash = Hash(TestImages.Jpeg(1));
        Assert.Equal(PhotoIds.FromContent(hash), PhotoIds.FromContent(hash));
        Assert.NotEqual(PhotoIds.ForDuplicate(hash, "/a.jpg"), PhotoIds.ForDuplicate(hash, "/b.jpg"));
        Assert.Equal(PhotoIds.Length, PhotoIds.ForCatalogRecord("/x.jpg").Length);
    }
}
