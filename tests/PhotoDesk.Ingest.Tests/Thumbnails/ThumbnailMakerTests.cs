using PhotoDesk.Ingest.Identity;
using PhotoDesk.Ingest.Tests.Support;
using PhotoDesk.Ingest.Thumbnails;
using PhotoDesk.Testing;
using SixLabors.ImageSharp;
using Xunit;

namespace PhotoDesk.Ingest.Tests.Thumbnails;

public sealed class ThumbnailMakerTests : IDisposable
{
    private readonly TempDirectory _dir = new("thumbs");
    private readonly ThumbnailStore _store;
    private readonly ThumbnailMaker _maker;

    public ThumbnailMakerTests()
    {
        _store = new ThumbnailStore(_dir.Combine("index"));
        _maker = new ThumbnailMaker(_store);
    }

    public void Dispose() => _dir.Dispose();

    private string Write(string name, byte[] bytes)
    {
        var path = _dir.Combine(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void AJpegWithAnEmbeddedPreview_UsesThePreviewBytesAsTheyAre()
    {
        var preview = TestImages.Jpeg(7, 32, 24);
        var path = Write("p.jpg", TestImages.WithExifPreview(TestImages.Jpeg(1, 600, 400), preview));
        var key = ContentHasher.Compute(path);

        Assert.Equal(ThumbnailMaker.Result.FromPreview, _maker.Make(path, key));
        Assert.Equal(preview, _store.TryGetBytes(key));
        Assert.StartsWith(Path.Combine(_store.Root, key[..2]), _store.TryGetPath(key));
    }

    [Fact]
    public void APhotoWithoutPreview_IsDecodedAndResizedToFit256()
    {
        var path = Write("big.jpg", TestImages.Jpeg(2, 800, 400));
        var key = ContentHasher.Compute(path);

        Assert.Equal(ThumbnailMaker.Result.Decoded, _maker.Make(path, key));
        var info = Image.Identify(_store.TryGetBytes(key)!);
        Assert.Equal((256, 128), (info.Width, info.Height));
    }

    [Fact]
    public void AnImageClaimingTooManyPixels_IsRefusedBeforeDecoding()
    {
        var path = Write("huge.png", TestImages.PngClaiming(100_000, 100_000));
        var key = ContentHasher.Compute(path);

        Assert.Equal(ThumbnailMaker.Result.Unavailable, _maker.Make(path, key));
        Assert.Null(_store.TryGetPath(key));
        Assert.True(_store.IsSettled(key)); // not retried on every run
    }

    [Theory]
    [InlineData("zero.jpg", new byte[0])] // zero bytes
    [InlineData("text.jpg", new byte[] { (byte)'h', (byte)'i' })] // text named .jpg
    [InlineData("trunc.jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xDB, 0x00, 0x43, 0x00 })] // truncated mid-segment
    public void ABrokenFile_GivesNoThumbnail_AndNoException(string name, byte[] bytes)
    {
        var path = Write(name, bytes);
        Assert.Equal(ThumbnailMaker.Result.Unavailable, _maker.Make(path, "00ff00ff00ff00ff"));
    }

    [Fact]
    public void AKeyAlreadySettled_IsNotMadeAgain()
    {
        var path = Write("p.jpg", TestImages.Jpeg(3));
        var key = ContentHasher.Compute(path);
        _maker.Make(path, key);
        Assert.Equal(ThumbnailMaker.Result.Existing, _maker.Make(path, key));
    }

    [Theory]
    [InlineData("../../etc/passwd")] // path traversal
    [InlineData("ABCDEF")] // upper case is not a key we make
    [InlineData("")] // empty
    public void TheStore_RefusesKeysThatAreNotHex(string key)
    {
        Assert.False(ThumbnailStore.IsValidKey(key));
        Assert.Null(_store.TryGetPath(key));
    }

    [Fact]
    public void ExifPreview_WithAnIfdPointingPastTheEnd_IsNull()
    {
        var tiff = new byte[] { (byte)'I', (byte)'I', 42, 0, 0xFF, 0xFF, 0, 0 };
        Assert.Null(ExifPreview.FromTiff(tiff));
    }
}
