using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace PhotoDesk.Tui.Imaging;

/// <summary>
/// Decodes a thumbnail from the thumbnail cache and scales it to fit a box of cells (two pixels per cell row),
/// keeping its aspect. Thumbnails are small JPEGs; anything over <see cref="MaxPixels"/> is refused (ImageSharp 2.x
/// decodes without a scaled path, and crafted images have hurt it). Runs off the UI thread.
/// </summary>
public static class ThumbnailDecoder
{
    public const long MaxPixels = 4_000_000;

    /// <summary>The image, or null when the bytes are not a decodable image of reasonable size.</summary>
    public static CellImage? Decode(byte[] bytes, int columns, int rows)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (columns <= 0 || rows <= 0) return null;
        try
        {
            var info = Image.Identify(bytes);
            if (info is null || (long)info.Width * info.Height > MaxPixels) return null;
            using var image = Image.Load<Rgb24>(bytes);
            var maxW = columns;
            var maxH = rows * 2;
            var scale = Math.Min((double)maxW / image.Width, (double)maxH / image.Height);
            var w = Math.Max(1, (int)Math.Round(image.Width * scale));
            var h = Math.Max(1, (int)Math.Round(image.Height * scale));
            image.Mutate(x => x.Resize(w, h));
            var rgb = new byte[w * h * 3];
            image.CopyPixelDataTo(rgb);
            return new CellImage(w, h, rgb);
        }
        catch (Exception e) when (e is ImageFormatException or UnknownImageFormatException or InvalidImageContentException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }
}
