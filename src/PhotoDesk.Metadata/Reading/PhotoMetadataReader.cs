using MetadataExtractor;
using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Sidecars;

namespace PhotoDesk.Metadata.Reading;

/// <summary>
/// Reads a photo and its sidecars (<c>photo.jpg.xmp</c>, <c>photo.xmp</c>, <c>photo.txt</c>) into one
/// <see cref="PhotoMetadata"/>. JPEG goes through our own segment walker (only metadata segments are read);
/// other formats through MetadataExtractor; an <c>.xmp</c> file is read as XMP. A damaged block is a warning;
/// only a file that cannot be read as a photo at all throws <see cref="PhotoReadException"/>.
/// </summary>
public sealed class PhotoMetadataReader : IMetadataReader
{
    public PhotoMetadata Read(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        cancellationToken.ThrowIfCancellationRequested();
        var warnings = new List<string>();
        try
        {
            return ReadAll(path, warnings, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException and not PhotoReadException)
        {
            // Only a file we cannot read at all gets here (it vanished, the disk failed); damaged blocks are warnings.
            throw new PhotoReadException(path, $"cannot be read ({OneLine(e.Message)})", e);
        }
    }

    private static PhotoMetadata ReadAll(string path, List<string> warnings, CancellationToken cancellationToken)
    {
        var file = SidecarFiles.IsXmpFile(path) ? ReadStandaloneXmp(path, warnings) : ReadPhoto(path, warnings, cancellationToken);

        var sidecars = new List<BlockValues>(2);
        foreach (var sidecar in SidecarFiles.FindXmp(path))
        {
            if (SidecarReader.ReadXmp(sidecar, warnings) is { } values) sidecars.Add(values);
        }
        var captionPath = SidecarFiles.FindCaptionText(path);
        var caption = captionPath is null ? null : SidecarReader.ReadCaption(captionPath, warnings);
        return new MetadataReconciler(file, sidecars, caption, warnings).Reconcile(path);
    }

    private static FileBlocks ReadPhoto(string path, List<string> warnings, CancellationToken cancellationToken)
    {
        using var stream = Open(path);
        if (stream.Length == 0) throw new PhotoReadException(path, "empty file");
        var parts = JpegSegmentWalker.Read(stream, warnings, cancellationToken);
        if (parts is not null) return JpegBlockReader.Read(parts, warnings);
        stream.Position = 0;
        try
        {
            return OtherFormatReader.Read(stream, warnings);
        }
        catch (ImageProcessingException e)
        {
            throw new PhotoReadException(path, $"not a supported image ({OneLine(e.Message)})", e);
        }
        catch (Exception e) when (e is not OperationCanceledException and not PhotoReadException)
        {
            // MetadataExtractor can throw various exceptions on truncated non-JPEG input; all mean "unreadable".
            throw new PhotoReadException(path, $"not a readable image ({OneLine(e.Message)})", e);
        }
    }

    private static FileBlocks ReadStandaloneXmp(string path, List<string> warnings)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, e);
        }
        if (bytes.Length == 0) throw new PhotoReadException(path, "empty file");
        var xmp = XmpPacketParser.Parse(bytes, "XMP file", warnings)
                  ?? throw new PhotoReadException(path, $"not a readable XMP file ({warnings.LastOrDefault() ?? "no XMP"})");
        return new FileBlocks { Xmp = XmpMapper.Map(xmp, MetadataSource.XmpSidecar, warnings) };
    }

    private static FileStream Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 16 * 1024, FileOptions.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw Unreadable(path, e);
        }
    }

    private static PhotoReadException Unreadable(string path, Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => new PhotoReadException(path, "no such file", e),
        UnauthorizedAccessException => new PhotoReadException(path, "permission denied", e),
        _ when System.IO.Directory.Exists(path) => new PhotoReadException(path, "is a directory, not a photo", e),
        _ => new PhotoReadException(path, $"cannot be read ({OneLine(e.Message)})", e),
    };

    private static string OneLine(string message)
    {
        var nl = message.IndexOfAny(['\r', '\n']);
        return nl < 0 ? message : message[..nl];
    }
}
