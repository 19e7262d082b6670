using System.Diagnostics;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Ingest.Thumbnails;
using PhotoDesk.Metadata.Reading;
using PhotoDesk.Metadata.Writing;
using PhotoDesk.Metadata.Writing.Jpeg;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Hardening.Tests.HostileFiles;

/// <summary>Thumbnail decoding under pixel and file-size limits; XMP read and rewritten with no DTD and no resolver.</summary>
public sealed class DecodingLimitsTests : IDisposable
{
    private readonly TempDirectory _temp = new("limits");

    public void Dispose() => _temp.Dispose();

    private string Write(string name, byte[] bytes)
    {
        var path = _temp.Combine(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static TheoryData<string> HugeClaims => new()
    {
        // a JPEG frame header claiming 65500×65500 (16 GB of pixels if decoded)
        "huge-frame.jpg",
        // a PNG IHDR claiming 100000×100000
        "huge.png",
    };

    [Theory]
    [MemberData(nameof(HugeClaims))]
    public void Thumbnail_OfImageClaimingHugeSize_IsRefusedWithoutDecoding(string name)
    {
        var path = Write(name, name.EndsWith(".png", StringComparison.Ordinal)
            ? JpegBytes.PngClaimingSize(100_000, 100_000) : JpegBytes.ClaimingSize(65500, 65500));
        var maker = new ThumbnailMaker(new ThumbnailStore(_temp.Combine("index")));
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        var result = maker.Make(path, "ab12cd");

        Assert.Equal(ThumbnailMaker.Result.Unavailable, result);
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 64L * 1024 * 1024, "decoded anyway: allocated too much");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Thumbnail_OfFileOverTheSizeLimit_IsRefused()
    {
        var path = Write("plain.jpg", JpegBytes.PlainJpeg);
        var maker = new ThumbnailMaker(new ThumbnailStore(_temp.Combine("index")), maxFileBytes: 100);
        Assert.Equal(ThumbnailMaker.Result.Unavailable, maker.Make(path, "ef34"));
        // the same file under the default limits does decode: the limit, not the file, refused it
        var roomy = new ThumbnailMaker(new ThumbnailStore(_temp.Combine("index2")));
        Assert.Equal(ThumbnailMaker.Result.Decoded, roomy.Make(path, "ef34"));
    }

    [Fact]
    public void Reader_OfXmpWithExternalEntity_NeverReadsTheLocalFile()
    {
        var secret = Write("secret.txt", "TOPSECRET-4711"u8.ToArray());
        var doctype = $"<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file://{secret}\">]>";
        var photo = Write("xxe.jpg", JpegBytes.WithSegments(JpegBytes.XmpSegment(JpegBytes.XmpPacket(doctype, "before &xxe; after"))));
        Write("xxe.xmp", System.Text.Encoding.UTF8.GetBytes(JpegBytes.XmpPacket(doctype, "&xxe;")));

        var metadata = new PhotoMetadataReader().Read(photo);

        Assert.DoesNotContain("TOPSECRET", System.Text.Json.JsonSerializer.Serialize(metadata));
        Assert.Contains(metadata.Warnings, w => w.Contains("DOCTYPE", StringComparison.Ordinal) || w.Contains("XMP", StringComparison.Ordinal));
    }

    [Fact]
    public void Reader_OfXmpBillionLaughs_ReturnsQuicklyWithoutExpanding()
    {
        var entities = "<!ENTITY a \"aaaaaaaaaa\">" + string.Concat(Enumerable.Range(1, 9).Select(i =>
            $"<!ENTITY {(char)('a' + i)} \"{string.Concat(Enumerable.Repeat($"&{(char)('a' + i - 1)};", 10))}\">"));
        var photo = Write("laughs.jpg", JpegBytes.WithSegments(JpegBytes.XmpSegment(JpegBytes.XmpPacket($"<!DOCTYPE l [{entities}]>", "&j;"))));
        var clock = Stopwatch.StartNew();

        var metadata = new PhotoMetadataReader().Read(photo);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        Assert.True((metadata.Description?.Length ?? 0) < 1000);
    }

    [Fact]
    public void SidecarWriter_OverSidecarWithExternalEntity_RefusesOrDropsItAndNeverCopiesTheSecret()
    {
        var secret = Write("secret2.txt", "TOPSECRET-0815"u8.ToArray());
        var photo = Write("edit.jpg", JpegBytes.PlainJpeg);
        var sidecar = Write("edit.xmp", System.Text.Encoding.UTF8.GetBytes(
            $"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file://{secret}\">]>" + JpegBytes.XmpPacket("", "&xxe;")));

        try
        {
            new MetadataWriter().Write(photo, MetadataPatch.Of((PhotoFields.Headline, "New headline")), WriteTarget.Sidecar);
        }
        catch (MetadataWriteException)
        {
            // refusing a sidecar with a DTD is a clear, documented outcome
        }
        foreach (var file in Directory.GetFiles(_temp.Path).Where(f => f != secret))
            Assert.DoesNotContain("TOPSECRET", File.ReadAllText(file));
    }

    [Fact]
    public void Writer_OfJpegWithXmpDoctype_RefusesOrDropsItAndNeverCopiesTheSecret()
    {
        var secret = Write("secret3.txt", "TOPSECRET-0042"u8.ToArray());
        var jpeg = JpegBytes.WithSegments(JpegBytes.XmpSegment(JpegBytes.XmpPacket($"<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file://{secret}\">]>", "&xxe;")));
        try
        {
            var output = new JpegMetadataWriter().Rewrite(jpeg, MetadataPatch.Of((PhotoFields.Headline, "New headline")));
            Assert.DoesNotContain("TOPSECRET", System.Text.Encoding.Latin1.GetString(output));
            Assert.Equal(JpegBytes.Pixels(jpeg), JpegBytes.Pixels(output));
        }
        catch (MetadataWriteException e)
        {
            Assert.DoesNotContain("TOPSECRET", e.Message);
        }
    }
}
