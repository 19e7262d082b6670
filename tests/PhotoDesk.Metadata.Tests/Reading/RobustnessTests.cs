using CsCheck;
using PhotoDesk.Core.Photos;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Reading;

/// <summary>A malformed file is data (warnings); only an unreadable file throws, and only PhotoReadException.</summary>
public sealed class RobustnessTests : IDisposable
{
    private readonly ReaderFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static byte[] RichJpeg()
    {
        var ext = new TestXmp().Photoshop("Source", "Extended").BuildExtension();
        var jpeg = new TestJpeg()
            .Exif(new TestTiff().Make("Canon").Artist("A").Copyright("C").DateTimeOriginal("2025:06:14 10:22:05", "+02:00").Gps(1.5, 2.5))
            .ExtendedXmp(ext, out var guid, chunkSize: 64);
        jpeg.Xmp(new TestXmp().HasExtendedXmp(guid).Creators("X").Description("D").Photoshop("City", "Bern").Build())
            .Iim(new TestIim().Utf8Declared().Text(80, "A").Text(120, "Caption").Text(25, "k"), digest: "match");
        return jpeg.Build();
    }

    [Theory]
    // not there at all
    [InlineData("missing.jpg", null, "no such file")]
    // zero bytes
    [InlineData("empty.jpg", "", "empty file")]
    // text with a photo's name
    [InlineData("notes.jpg", "these are not the pixels you are looking for", "not a supported image")]
    public void Read_UnreadableFile_ThrowsPhotoReadExceptionWithAOneLineReason(string name, string? content, string reason)
    {
        if (content is not null) _f.WriteText(name, content);

        var e = Assert.Throws<PhotoReadException>(() => _f.Reader.Read(_f.PathOf(name)));

        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
        Assert.Equal(_f.PathOf(name), e.Path);
    }

    [Fact]
    public void Read_Directory_ThrowsPhotoReadException()
    {
        Directory.CreateDirectory(_f.PathOf("folder.jpg"));

        Assert.Throws<PhotoReadException>(() => _f.Reader.Read(_f.PathOf("folder.jpg")));
    }

    [Fact]
    public void Read_EveryTruncationOfARichJpeg_GivesWarningsOrPhotoReadException_NeverAnythingElse()
    {
        var full = RichJpeg();
        var path = _f.PathOf("cut.jpg");
        var sawWarnings = 0;
        for (var length = 1; length < full.Length; length += 3)
        {
            File.WriteAllBytes(path, full[..length]);
            try
            {
                if (_f.Reader.Read(path).Warnings.Count > 0) sawWarnings++;
            }
            catch (PhotoReadException)
            {
                // allowed: too little left to be a photo
            }
        }
        Assert.True(sawWarnings > full.Length / 6, $"truncated files should mostly carry warnings ({sawWarnings})");
    }

    [Fact]
    public void Read_RandomlyCorruptedJpegs_NeverThrowAnythingButPhotoReadException()
    {
        var full = RichJpeg();
        var path = _f.PathOf("fuzz.jpg");
        var mutation = Gen.Select(Gen.Int[0, full.Length - 1], Gen.Byte).Array[1, 12];
        mutation.Sample(changes =>
        {
            var bytes = (byte[])full.Clone();
            foreach (var (at, value) in changes) bytes[at] = value;
            File.WriteAllBytes(path, bytes);
            try
            {
                _ = _f.Reader.Read(path);
            }
            catch (PhotoReadException)
            {
            }
        }, iter: 400, threads: 1);
    }

    [Fact]
    public void Read_JunkBeforeStartOfImage_IsSkippedWithAWarning()
    {
        var path = _f.WriteBytes("junk.jpg", [.. new byte[30], .. new TestJpeg().Iim(new TestIim().Text(90, "Bern")).Build()]);

        var m = _f.Reader.Read(path);

        Assert.Equal("Bern", m.City);
        Assert.Contains(m.Warnings, w => w.Contains("junk bytes", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SegmentLengthPastEndOfFile_IsAWarning()
    {
        var bytes = new TestJpeg().Segment(0xE4, new byte[100]).Build()[..60];
        var m = _f.Reader.Read(_f.WriteBytes("short.jpg", bytes));

        Assert.NotEmpty(m.Warnings);
        Assert.Null(m.Width);
    }

    [Fact]
    public void Read_Cancelled_ThrowsOperationCanceled()
    {
        var path = _f.WriteBytes("a.jpg", RichJpeg());
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => _f.Reader.Read(path, cts.Token));
    }
}
