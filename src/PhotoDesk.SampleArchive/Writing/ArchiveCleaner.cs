namespace PhotoDesk.SampleArchive.Writing;

/// <summary>
/// Removes what an earlier build generated (<c>gallery-*</c> photos and sidecars, then empty folders), so a rebuild
/// starts clean and the writer never merges into a stale sidecar. Nothing else under the folder is touched.
/// </summary>
public static class ArchiveCleaner
{
    public static int RemoveGenerated(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        if (!Directory.Exists(root)) return 0;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(root, "gallery-*", SearchOption.AllDirectories).ToList())
        {
            var extension = Path.GetExtension(file).ToLowerInvariant();
            if (extension is not (".jpg" or ".xmp" or ".txt")) continue;
            File.Delete(file);
            removed++;
        }
        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length).ToList())
        {
            if (!Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        }
        return removed;
    }
}
