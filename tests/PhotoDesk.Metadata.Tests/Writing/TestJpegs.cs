using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace PhotoDesk.Metadata.Tests.Writing;

/// <summary>Small real JPEGs made for the writer tests (ImageSharp encodes them once; the writer never re-encodes).</summary>
internal static class TestJpegs
{
    /// <summary>A 16×12 gradient JPEG with JFIF and, optionally, an EXIF block (camera make and a date).</summary>
    public static byte[] Create(bool withExif = true, int width = 16, int height = 12)
    {
        using var image = new Image<Rgb24>(width, height);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                image[x, y] = new Rgb24((byte)(x * 15), (byte)(y * 20), (byte)((x + y) * 7));
        if (withExif)
        {
            image.Metadata.ExifProfile = new ExifProfile();
            image.Metadata.ExifProfile.SetValue(ExifTag.Make, "PhotoDeskCam");
            image.Metadata.ExifProfile.SetValue(ExifTag.DateTimeOriginal, "2024:05:01 10:20:30");
        }
        using var buffer = new MemoryStream();
        image.SaveAsJpeg(buffer, new JpegEncoder { Quality = 80 });
        return buffer.ToArray();
    }

    /// <summary>A test JPEG whose EXIF IFD0 holds camera text: ImageDescription, Artist and Copyright.</summary>
    public static byte[] CreateWithExifText(string description, string artist, string copyright)
    {
        using var image = new Image<Rgb24>(16, 12);
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.Make, "PhotoDeskCam");
        image.Metadata.ExifProfile.SetValue(ExifTag.ImageDescription, description);
        image.Metadata.ExifProfile.SetValue(ExifTag.Artist, artist);
        image.Metadata.ExifProfile.SetValue(ExifTag.Copyright, copyright);
        image.Metadata.ExifProfile.SetValue(ExifTag.DateTimeOriginal, "2024:05:01 10:20:30");
        using var buffer = new MemoryStream();
        image.SaveAsJpeg(buffer, new JpegEncoder { Quality = 80 });
        return buffer.ToArray();
    }

    /// <summary>Writes a fresh test JPEG into <paramref name="folder"/> and returns its path.</summary>
    public static string WriteFile(string folder, string name = "photo.jpg", bool withExif = true)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, Create(withExif));
        return path;
    }
}
