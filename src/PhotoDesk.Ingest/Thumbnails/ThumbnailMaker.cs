using PhotoDesk.Ingest.Scanning;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Processing;

namespace PhotoDesk.Ingest.Thumbnails;

/// <summary>
/// Makes a photo's thumbnail: the embedded EXIF preview when there is one, else a decode with ImageSharp under
/// limits (file size and pixel count, checked with <c>Image.Identify</c> before decoding: ImageSharp 2.x has had
/// advisories for crafted images) resized to fit <see cref="MaxEdge"/> pixels.
/// </summary>
public sealed class ThumbnailMaker
{
    public const int MaxEdge = 256;

    private readonly ThumbnailStore _store;
    private readonly long _maxFileBytes;
    private readonly long _maxPixels;
    private readonly Configuration _imageSharp;

    public ThumbnailMaker(ThumbnailStore store, long maxFileBytes = 200L * 1024 * 1024, long maxPixels = 100_000_000)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _maxFileBytes = maxFileBytes;
        _maxPixels = maxPixels;
        _imageSharp = Configuration.Default.Clone();
        _imageSharp.MaxDegreeOfParallelism = 1; // ingest already runs one maker per core
    }

    public ThumbnailStore Store => _store;

    public enum Result { Existing, FromPreview, Decoded, Unavailable }

    /// <summary>Makes the thumbnail for <paramref name="key"/> unless it is already settled. Never throws for a bad file.</summary>
    public Result Make(string photoPath, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(photoPath);
        if (!ThumbnailStore.IsValidKey(key) || _store.IsSettled(key)) return Result.Existing;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var stream = new FileStream(photoPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > _maxFileBytes) return Unavailable(key, $"file larger than {_maxFileBytes} bytes");
            if (PhotoFileTypes.IsJpeg(photoPath) && ExifPreview.TryRead(stream) is { } preview && IsDecodable(preview))
            {
                _store.Save(key, preview);
                return Result.FromPreview;
            }
            stream.Position = 0;
            var info = Image.Identify(_imageSharp, stream);
            if (info is null) return Unavailable(key, "format not decodable");
            if ((long)info.Width * info.Height > _maxPixels || info.Width <= 0 || info.Height <= 0)
                return Unavailable(key, $"{info.Width}x{info.Height} exceeds the pixel limit");
            cancellationToken.ThrowIfCancellationRequested();
            stream.Position = 0;
            using var image = Image.Load(_imageSharp, stream);
            image.Mutate(x => x.Resize(new ResizeOptions { Size = new Size(MaxEdge, MaxEdge), Mode = ResizeMode.Max }));
            using var output = new MemoryStream();
            image.SaveAsJpeg(output, new JpegEncoder { Quality = 80 });
            _store.Save(key, output.ToArray());
            return Result.Decoded;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e) when (e is ImageFormatException or UnknownImageFormatException or InvalidImageContentException
                                      or NotSupportedException or IOException or UnauthorizedAccessException
                                      or ArgumentException or InvalidOperationException or OutOfMemoryException
                                      or IndexOutOfRangeException)
        {
            return Unavailable(key, e.Message);
        }
    }

    private bool IsDecodable(byte[] preview)
    {
        try
        {
            var info = Image.Identify(_imageSharp, preview, out _);
            return info is { Width: > 0 and <= 4096, Height: > 0 and <= 4096 };
        }
        catch (Exception e) when (e is ImageFormatException or InvalidImageContentException or NotSupportedException or ArgumentException)
        {
            return false;
        }
    }

    private Result Unavailable(string key, string reason)
    {
        try { _store.MarkUnavailable(key, reason); }
        catch (IOException) { /* the store folder is not writable: retried next run */ }
        return Result.Unavailable;
    }
}
