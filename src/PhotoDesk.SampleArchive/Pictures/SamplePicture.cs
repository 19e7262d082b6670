using System.Buffers.Binary;
using PhotoDesk.SampleArchive.Exif;
using PhotoDesk.SampleArchive.Planning;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;

namespace PhotoDesk.SampleArchive.Pictures;

/// <summary>
/// The JPEG bytes of one sample photo before any caption metadata: a generated picture encoded by ImageSharp (a new
/// image, so encoding is right here) with an EXIF APP1 segment and its thumbnail placed after the JFIF header.
/// </summary>
public static class SamplePicture
{
    public const int Width = 480;
    public const int Height = 320;
    public const int ThumbnailWidth = 160;
    public const int ThumbnailHeight = 107;
    public const int Quality = 80;
    public const int ThumbnailQuality = 70;

    private static readonly byte[] ExifHeader = "Exif\0\0"u8.ToArray();

    public static byte[] Create(int number, ExifPlan? exif) => Create(number, exif, Width, Height, Quality);

    /// <summary>The same kind of picture at another size (the benchmark corpus wants camera-sized files).</summary>
    public static byte[] Create(int number, ExifPlan? exif, int width, int height, int quality)
    {
        var scene = new AbstractScene(0x5EED_0000_0000UL + (ulong)number);
        var jpeg = Encode(scene, width, height, quality);
        if (exif is null) return jpeg;
        var thumbnail = Encode(scene, ThumbnailWidth, ThumbnailHeight, ThumbnailQuality);
        return InsertApp1(jpeg, [.. ExifHeader, .. ExifBlock.Build(exif, width, height, thumbnail)]);
    }

    private static byte[] Encode(AbstractScene scene, int width, int height, int quality)
    {
        using var image = scene.Render(width, height);
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream, new JpegEncoder { Quality = quality, ColorType = JpegColorType.YCbCrRatio420 });
        return stream.ToArray();
    }

    /// <summary>Puts an APP1 segment right after SOI and the JFIF APP0 ImageSharp writes (if present).</summary>
    private static byte[] InsertApp1(byte[] jpeg, byte[] payload)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8) throw new InvalidDataException("encoder output is not a JPEG");
        if (payload.Length > 65533) throw new InvalidDataException($"EXIF segment of {payload.Length} bytes exceeds a JPEG segment");
        var at = 2;
        if (jpeg[2] == 0xFF && jpeg[3] == 0xE0) at += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(4));

        var result = new byte[jpeg.Length + 4 + payload.Length];
        jpeg.AsSpan(0, at).CopyTo(result);
        result[at] = 0xFF;
        result[at + 1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(at + 2), (ushort)(payload.Length + 2));
        payload.CopyTo(result, at + 4);
        jpeg.AsSpan(at).CopyTo(result.AsSpan(at + 4 + payload.Length));
        return result;
    }
}
