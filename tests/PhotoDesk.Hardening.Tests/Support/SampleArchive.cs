using PhotoDesk.Testing;

namespace PhotoDesk.Hardening.Tests.Support;

/// <summary>A copy of archive-sample (photos, sidecars) under a temp folder, and byte snapshots of its files.</summary>
public static class SampleArchive
{
    /// <summary>Copies archive-sample into <paramref name="root"/>; <paramref name="take"/> limits the photos (with their sidecars).</summary>
    public static string CopyTo(string root, int take = int.MaxValue)
    {
        var source = TestPaths.ArchiveSample;
        var photos = Directory.GetFiles(source, "*.jpg", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(take).ToList();
        foreach (var photo in photos)
        {
            var stem = Path.Combine(Path.GetDirectoryName(photo)!, Path.GetFileNameWithoutExtension(photo));
            foreach (var file in new[] { photo, photo + ".xmp", stem + ".xmp", stem + ".txt" }.Where(File.Exists))
            {
                var target = Path.Combine(root, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        return root;
    }

    /// <summary>Every file under <paramref name="root"/> (relative path → bytes).</summary>
    public static IReadOnlyDictionary<string, byte[]> Snapshot(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes, StringComparer.Ordinal);
}
