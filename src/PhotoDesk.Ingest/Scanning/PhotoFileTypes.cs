namespace PhotoDesk.Ingest.Scanning;

/// <summary>Which files are photos (by extension: formats MetadataExtractor reads) and which are their sidecars.</summary>
public static class PhotoFileTypes
{
    private static readonly HashSet<string> PhotoExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".jpe", ".jfif", ".tif", ".tiff", ".png", ".webp", ".heic", ".heif", ".avif", ".gif", ".bmp",
        ".psd", ".dng", ".cr2", ".cr3", ".crw", ".nef", ".nrw", ".arw", ".sr2", ".srf", ".orf", ".raf", ".rw2", ".pef",
        ".srw", ".x3f",
    };

    /// <summary>Sidecar extensions: XMP metadata and caption text (<c>photo.txt</c> or <c>photo.jpg.txt</c>).</summary>
    public static readonly IReadOnlyList<string> SidecarExtensions = [".xmp", ".txt"];

    public static bool IsPhoto(string path) => PhotoExtensions.Contains(Path.GetExtension(path));

    public static bool IsSidecar(string path) =>
        SidecarExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    public static bool IsJpeg(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jpg" or ".jpeg" or ".jpe" or ".jfif";

    /// <summary>The names a sidecar of <paramref name="photoFileName"/> can have, in the same folder.</summary>
    public static IEnumerable<string> SidecarNamesFor(string photoFileName)
    {
        var stem = Path.GetFileNameWithoutExtension(photoFileName);
        foreach (var ext in SidecarExtensions)
        {
            yield return stem + ext;
            yield return photoFileName + ext;
        }
    }

    /// <summary>
    /// The photo names a sidecar can belong to (<c>a.xmp</c> → stem <c>a</c>; <c>a.jpg.xmp</c> → <c>a.jpg</c>), for the
    /// worker, which sees a sidecar change and must re-index its photo.
    /// </summary>
    public static IEnumerable<string> PhotosForSidecar(string sidecarPath)
    {
        var dir = Path.GetDirectoryName(sidecarPath) ?? ".";
        var inner = Path.GetFileNameWithoutExtension(sidecarPath);
        if (IsPhoto(inner))
        {
            var direct = Path.Combine(dir, inner);
            if (File.Exists(direct)) yield return direct;
        }
        IEnumerable<string> siblings;
        try { siblings = Directory.EnumerateFiles(dir, inner + ".*").ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { yield break; }
        foreach (var f in siblings)
            if (IsPhoto(f) && string.Equals(Path.GetFileNameWithoutExtension(f), inner, StringComparison.Ordinal))
                yield return f;
    }
}
