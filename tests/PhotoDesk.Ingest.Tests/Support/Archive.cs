namespace PhotoDesk.Ingest.Tests.Support;

/// <summary>Builds a small archive folder of generated photos with caption and creator sidecars.</summary>
public sealed class Archive(string root)
{
    public string Root { get; } = root;

    public string Photo(string relative, int seed, string? caption = null, string? creators = null)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, TestImages.Jpeg(seed));
        var stem = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path));
        if (caption is not null) File.WriteAllText(stem + ".txt", caption);
        if (creators is not null) File.WriteAllText(stem + ".xmp", creators);
        return path;
    }

    public string Bytes(string relative, byte[] content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Moves a file's modification time forward (a touch that the stamp must notice).</summary>
    public static void Touch(string path, int seconds = 5) =>
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(seconds));
}
