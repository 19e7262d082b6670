namespace PhotoDesk.Credits.Indexing;

/// <summary>
/// A photo's stamp as ingest computes it: the photo's size plus its sidecars' sizes, and the newest modification
/// time among them, so that the next incremental ingest sees a re-indexed photo as unchanged.
/// </summary>
public sealed record PhotoFileStamp(string Path, long Size, DateTimeOffset Modified)
{
    private static readonly string[] SidecarExtensions = [".xmp", ".txt"];

    public static PhotoFileStamp Of(string photoPath)
    {
        var photo = new FileInfo(photoPath);
        var size = photo.Length;
        var modified = photo.LastWriteTimeUtc;
        var dir = photo.DirectoryName ?? ".";
        var stem = System.IO.Path.GetFileNameWithoutExtension(photo.Name);
        var names = SidecarExtensions.SelectMany(ext => new[] { stem + ext, photo.Name + ext }).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var sidecar = new FileInfo(System.IO.Path.Combine(dir, name));
            if (!sidecar.Exists) continue;
            size += sidecar.Length;
            if (sidecar.LastWriteTimeUtc > modified) modified = sidecar.LastWriteTimeUtc;
        }
        return new PhotoFileStamp(photo.FullName, size, new DateTimeOffset(modified, TimeSpan.Zero));
    }
}
