using PhotoDesk.Core.Photos;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Reading;

/// <summary>EXIF capture time (with offset), GPS, camera and the image size from the frame header.</summary>
public sealed class ExifReadingTests : IDisposable
{
    private readonly ReaderFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public void Read_DateTimeOriginalWithOffset_GivesZonedCaptureTime()
    {
        var m = _f.Read("a.jpg", new TestJpeg().Exif(new TestTiff().DateTimeOriginal("2025:06:14 10:22:05", "+02:00")));

        Assert.Equal("2025-06-14T10:22:05+02:00", m.CaptureTime?.ToIsoString());
        Assert.Equal(MetadataSource.Exif, m.SourceOf(PhotoFields.CaptureTime));
    }

    [Fact]
    public void Read_DateTimeOriginalWithoutOffset_IsLocalTime_AndTheDateFillsDateCreated()
    {
        var m = _f.Read("a.jpg", new TestJpeg().Exif(new TestTiff().DateTimeOriginal("2025:06:14 10:22:05")));

        Assert.Equal("2025-06-14T10:22:05", m.CaptureTime?.ToIsoString());
        Assert.Null(m.CaptureTime?.Offset);
        Assert.Equal("2025-06-14", m.DateCreated?.ToIsoString());
        Assert.Equal(MetadataSource.Exif, m.SourceOf(PhotoFields.DateCreated));
    }

    [Fact]
    public void Read_ExifTimeWithoutOffset_TakesTheOffsetXmpStatesForTheSameTime()
    {
        var jpeg = new TestJpeg().Exif(new TestTiff().DateTimeOriginal("2025:06:14 10:22:05"))
            .Xmp(new TestXmp().Exif("DateTimeOriginal", "2025-06-14T10:22:05-04:00").Build());

        var m = _f.Read("a.jpg", jpeg);

        Assert.Equal("2025-06-14T10:22:05-04:00", m.CaptureTime?.ToIsoString());
    }

    [Fact]
    public void Read_CaptionDateDisagreesWithExif_DateCreatedComesFromIptc()
    {
        var jpeg = new TestJpeg().Exif(new TestTiff().DateTimeOriginal("2024:01:02 03:04:05"))
            .Iim(new TestIim().Raw(2, 55, "20250614"u8.ToArray()));

        var m = _f.Read("a.jpg", jpeg);

        Assert.Equal("2025-06-14", m.DateCreated?.ToIsoString());
        Assert.Equal(MetadataSource.Iptc, m.SourceOf(PhotoFields.DateCreated));
        Assert.Equal("2024-01-02T03:04:05", m.CaptureTime?.ToIsoString());
    }

    [Fact]
    public void Read_GpsAndCamera_AreRead()
    {
        var m = _f.Read("a.jpg", new TestJpeg().Exif(new TestTiff().Make("NIKON").Model("D6").Gps(-33.8568, 151.2153)));

        Assert.Equal("NIKON", m.Make);
        Assert.Equal("D6", m.Model);
        Assert.NotNull(m.Gps);
        Assert.Equal(-33.8568, m.Gps.Value.Lat, 4);
        Assert.Equal(151.2153, m.Gps.Value.Lon, 4);
    }

    [Fact]
    public void Read_SizeComesFromTheFrameHeader()
    {
        var m = _f.Read("a.jpg", new TestJpeg().Size(4000, 2667));

        Assert.Equal(4000, m.Width);
        Assert.Equal(2667, m.Height);
    }

    [Fact]
    public void Read_ExifCopyrightWithPhotographerAndEditor_JoinsThemAsExiftoolDoes()
    {
        var m = _f.Read("a.jpg", new TestJpeg().Exif(new TestTiff().Copyright("(c) Ann   \0(c) Desk\0")));

        Assert.Equal("(c) Ann\n(c) Desk", m.Copyright);
    }

    [Fact]
    public void Read_NoExifTime_CaptureTimeFromXmpDateCreatedWithTime()
    {
        var m = _f.Read("a.jpg", new TestJpeg().Xmp(new TestXmp().Photoshop("DateCreated", "2019-10-16T19:01:00+00:00").Build()));

        Assert.Equal("2019-10-16T19:01:00+00:00", m.CaptureTime?.ToIsoString());
        Assert.Equal("2019-10-16", m.DateCreated?.ToIsoString());
        Assert.Equal(MetadataSource.Xmp, m.SourceOf(PhotoFields.CaptureTime));
    }

    [Fact]
    public void Read_NoExifTime_CaptureTimeFromIimDateAndTimeCreated()
    {
        var iim = new TestIim().Raw(2, 55, "20250614"u8.ToArray()).Raw(2, 60, "102205+0200"u8.ToArray());

        var m = _f.Read("a.jpg", new TestJpeg().Iim(iim));

        Assert.Equal("2025-06-14T10:22:05+02:00", m.CaptureTime?.ToIsoString());
        Assert.Equal(MetadataSource.Iptc, m.SourceOf(PhotoFields.CaptureTime));
    }

    [Fact]
    public void Read_XmpDateWithoutTime_GivesNoCaptureTime()
    {
        var m = _f.Read("a.jpg", new TestJpeg().Xmp(new TestXmp().Photoshop("DateCreated", "2019-10-16").Build()));

        Assert.Null(m.CaptureTime);
    }

    [Fact]
    public void Read_NoFrameHeader_SizeFromExifWithAWarning()
    {
        var m = _f.Read("a.jpg", new TestJpeg().WithoutFrameHeader().Exif(new TestTiff().DateTimeOriginal("2025:06:14 10:22:05").PixelSize(6000, 4000)));

        Assert.Equal((6000, 4000), (m.Width, m.Height));
        Assert.Contains(m.Warnings, w => w.Contains("taken from EXIF", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ExifIfdPointingBackToIfd0_IsAWarningNotALoop()
    {
        // Big-endian TIFF: IFD0 at 8 with one entry, ExifIFD pointer (0x8769, LONG) = 8, i.e. IFD0 itself.
        byte[] tiff = [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x87, 0x69, 0, 4, 0, 0, 0, 1, 0, 0, 0, 8, 0, 0, 0, 0];
        var jpeg = new TestJpeg().Segment(0xE1, [.. "Exif\0\0"u8, .. tiff]);

        var m = _f.Read("a.jpg", jpeg);

        Assert.Contains(m.Warnings, w => w.Contains("already read", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ExifEntryPointingOutsideTheSegment_IsAWarningAndOtherTagsSurvive()
    {
        // Little-endian IFD0 with Make "Nikon" inline-too-long (offset 0xFFFF) and Model "D6" inline.
        byte[] tiff = [(byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 2, 0,
            0x0F, 0x01, 2, 0, 6, 0, 0, 0, 0xFF, 0xFF, 0, 0,
            0x10, 0x01, 2, 0, 3, 0, 0, 0, (byte)'D', (byte)'6', 0, 0,
            0, 0, 0, 0];
        var m = _f.Read("a.jpg", new TestJpeg().Segment(0xE1, [.. "Exif\0\0"u8, .. tiff]));

        Assert.Null(m.Make);
        Assert.Equal("D6", m.Model);
        Assert.Contains(m.Warnings, w => w.Contains("0x010F points outside", StringComparison.Ordinal));
    }
}
