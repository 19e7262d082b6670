namespace PhotoDesk.Metadata.Sidecars;

/// <summary>
/// Finds the files that travel with a photo: XMP sidecars named <c>photo.jpg.xmp</c> (darktable, digiKam) and
/// <c>photo.xmp</c> (Lightroom, Photo Mechanic, Bridge), and a caption text file <c>photo.txt</c>.
/// The extension may be lower or upper case; only those exact names are probed, never a folder listing (ingest hot path).
/// </summary>
public static class SidecarFiles
{
    private static readonly string[] XmpExtensions = [".xmp", ".XMP"];
    private static readonly string[] TextExtensions = [".txt", ".TXT"];

    /// <summary>XMP sidecars that exist, most specific first: <c>photo.jpg.xmp</c>, then <c>photo.xmp</c>.</summary>
    public static IReadOnlyList<string> FindXmp(string photoPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(photoPath);
        if (IsXmpFile(photoPath)) return [];
        var found = new List<string>(2);
        AddFirstExisting(found, photoPath, XmpExtensions);
        var stem = StemPath(photoPath);
        if (stem is not null) AddFirstExisting(found, stem, XmpExtensions);
        return found;
    }

    /// <summary>The caption text file beside the photo (<c>photo.txt</c>), or null.</summary>
    public static string? FindCaptionText(string photoPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(photoPath);
        var stem = StemPath(photoPath);
        if (stem is null) return null;
        var found = new List<string>(1);
        AddFirstExisting(found, stem, TextExtensions);
        return found.Count > 0 ? found[0] : null;
    }

    /// <summary>True for an .xmp file (a sidecar read on its own has no sidecars of its own).</summary>
    public static bool IsXmpFile(string path) => path.EndsWith(".xmp", StringComparison.OrdinalIgnoreCase);

    private static string? StemPath(string photoPath)
    {
        var ext = Path.GetExtension(photoPath);
        return ext.Length == 0 ? null : photoPath[..^ext.Length];
    }

    private static void AddFirstExisting(List<string> found, string basePath, string[] extensions)
    {
        foreach (var ext in extensions)
        {
            var candidate = basePath + ext;
            if (!File.Exists(candidate)) continue;
            // On a case-insensitive file system every spelling exists: keep the first, once.
            if (!found.Contains(candidate, StringComparer.OrdinalIgnoreCase)) found.Add(candidate);
            return;
        }
    }
}
