namespace PhotoDesk.Metadata.Writing.Sidecars;

/// <summary>
/// The two names an XMP sidecar goes by: <c>photo.xmp</c> (Lightroom, Photo Mechanic, Bridge) and
/// <c>photo.jpg.xmp</c> (darktable, digiKam). The reader reads both; the writer updates whichever exist and
/// creates <c>photo.xmp</c> when there is none.
/// </summary>
public static class SidecarPaths
{
    public static bool IsSidecar(string path) => string.Equals(Path.GetExtension(path), ".xmp", StringComparison.OrdinalIgnoreCase);

    /// <summary>Both candidate names, preferred (created) name first.</summary>
    public static IReadOnlyList<string> Candidates(string photoPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(photoPath);
        if (IsSidecar(photoPath)) return [photoPath];
        return [Path.ChangeExtension(photoPath, ".xmp"), photoPath + ".xmp"];
    }

    /// <summary>The sidecars that exist beside the photo (possibly none).</summary>
    public static IReadOnlyList<string> Existing(string photoPath) => Candidates(photoPath).Where(File.Exists).ToList();
}
