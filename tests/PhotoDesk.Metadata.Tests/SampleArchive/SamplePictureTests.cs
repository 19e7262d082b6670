using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Jpeg;
using PhotoDesk.SampleArchive.Pictures;
using PhotoDesk.SampleArchive.Planning;
using PhotoDesk.Testing;
using SixLabors.ImageSharp;
using Xunit;

namespace PhotoDesk.Metadata.Tests.SampleArchive;

public class SamplePictureTests
{
    private static readonly ExifPlan Exif = new(new DateTime(2025, 6, 14, 10, 22, 5), TimeSpan.FromHours(-7), ExifDateAgreement.MatchesCaption);

    private static IReadOnlyList<MetadataExtractor.Directory> Read(byte[] jpeg) => JpegMetadataReader.ReadMetadata(new MemoryStream(jpeg));

    [Fact]
    public void Create_WithExifPlan_WritesCameraDatesAndOffset()
    {
        var directories = Read(SamplePicture.Create(1, Exif));

        Assert.DoesNotContain(directories, d => d.HasError);
        var ifd0 = directories.OfType<ExifIfd0Directory>().Single();
        Assert.Equal("PhotoDesk", ifd0.GetString(ExifDirectoryBase.TagMake));
        Assert.Equal("PhotoDesk Sample Camera", ifd0.GetString(ExifDirectoryBase.TagModel));
        var sub = directories.OfType<ExifSubIfdDirectory>().Single();
        Assert.Equal("2025:06:14 10:22:05", sub.GetString(ExifDirectoryBase.TagDateTimeOriginal));
        Assert.Equal("-07:00", sub.GetString(ExifDirectoryBase.TagTimeZoneOriginal));
        var jpeg = directories.OfType<JpegDirectory>().Single();
        Assert.Equal((480, 320), (jpeg.GetImageWidth(), jpeg.GetImageHeight()));
    }

    [Fact]
    public void Create_WithExifPlan_EmbedsAJpegThumbnailOfTheSamePicture()
    {
        var bytes = SamplePicture.Create(7, Exif);
        var thumbDir = Read(bytes).OfType<ExifThumbnailDirectory>().Single();

        // The offset is relative to the TIFF header, which follows "Exif\0\0" inside the APP1 segment.
        var offset = thumbDir.GetInt32(ExifThumbnailDirectory.TagThumbnailOffset);
        var length = thumbDir.GetInt32(ExifThumbnailDirectory.TagThumbnailLength);
        var tiffStart = IndexOf(bytes, "Exif\0\0"u8.ToArray()) + 6;
        var thumbnail = bytes.AsSpan(tiffStart + offset, length).ToArray();

        var info = Image.Identify(thumbnail);
        Assert.Equal((160, 107), (info.Width, info.Height));
    }

    [Fact]
    public void Create_WithoutExifPlan_HasNoExifBlock()
    {
        var directories = Read(SamplePicture.Create(17, null));

        Assert.Empty(directories.OfType<ExifIfd0Directory>());
        Assert.Single(directories.OfType<JpegDirectory>());
    }

    [Fact]
    public void Create_IsDeterministicPerPhotoAndVariesBetweenPhotos()
    {
        Assert.Equal(SamplePicture.Create(5, Exif), SamplePicture.Create(5, Exif));
        Assert.NotEqual(SamplePicture.Create(5, Exif), SamplePicture.Create(6, Exif));
    }

    [ToolFact("exiftool")]
    public void Create_WithExifPlan_PassesExiftoolValidate()
    {
        using var temp = new TempDirectory("sample-picture");
        var path = temp.Combine("photo.jpg");
        File.WriteAllBytes(path, SamplePicture.Create(3, Exif));

        var (exit, stdout, stderr) = ExternalTools.Run("exiftool", ["-validate", "-warning", "-a", "-s", path]);

        Assert.True(exit == 0, stderr);
        Assert.Contains("Validate                        : OK", stdout, StringComparison.Ordinal);
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
