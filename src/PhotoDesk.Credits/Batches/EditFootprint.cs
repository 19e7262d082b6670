using PhotoDesk.Core.Editing;

namespace PhotoDesk.Credits.Batches;

/// <summary>
/// The files a metadata write may create or change, known before writing so the journal can back them up: both
/// sidecar names the reader accepts (<c>photo.xmp</c> and <c>photo.jpg.xmp</c>), and for embedded writes the photo
/// itself (a format that cannot take embedded metadata falls back to a sidecar, also covered).
/// </summary>
public static class EditFootprint
{
    public static IReadOnlyList<string> Files(string photoPath, WriteTarget target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(photoPath);
        var full = Path.GetFullPath(photoPath);
        var files = new List<string>();
        if (target == WriteTarget.Embedded) files.Add(full);
        files.Add(Path.ChangeExtension(full, ".xmp"));
        files.Add(full + ".xmp");
        return files.Distinct(StringComparer.Ordinal).ToArray();
    }
}
