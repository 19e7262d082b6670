namespace PhotoDesk.Ingest.Thumbnails;

/// <summary>
/// Thumbnails by key (the photo's content hash) under <c>&lt;index&gt;/thumbnails/ab/abcdef….jpg</c>. A photo whose
/// thumbnail cannot be made gets a <c>.none</c> marker, so later runs do not retry it. Writes are atomic
/// (temporary file, then rename), so a reader (the TUI) never sees half a thumbnail. Safe to share between threads.
/// </summary>
public sealed class ThumbnailStore
{
    public const string FolderName = "thumbnails";

    public ThumbnailStore(string indexPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(indexPath);
        Root = Path.Combine(Path.GetFullPath(indexPath), FolderName);
    }

    public string Root { get; }

    /// <summary>Where the thumbnail of <paramref name="key"/> lives (whether or not it exists).</summary>
    public string PathFor(string key) => Path.Combine(Folder(key), key + ".jpg");

    /// <summary>The thumbnail file, or null when none was made (yet).</summary>
    public string? TryGetPath(string? key)
    {
        if (!IsValidKey(key)) return null;
        var path = PathFor(key!);
        return File.Exists(path) ? path : null;
    }

    /// <summary>The thumbnail's JPEG bytes, or null.</summary>
    public byte[]? TryGetBytes(string? key)
    {
        var path = TryGetPath(key);
        if (path is null) return null;
        try { return File.ReadAllBytes(path); }
        catch (IOException) { return null; }
    }

    /// <summary>True when the key has a thumbnail or is known to have none.</summary>
    public bool IsSettled(string key) => File.Exists(PathFor(key)) || File.Exists(MarkerFor(key));

    public void Save(string key, ReadOnlySpan<byte> jpeg)
    {
        if (!IsValidKey(key)) throw new ArgumentException("a thumbnail key is lower-case hex", nameof(key));
        WriteAtomically(PathFor(key), jpeg);
    }

    /// <summary>Remembers that this photo has no thumbnail (undecodable, too large, unknown format).</summary>
    public void MarkUnavailable(string key, string reason)
    {
        if (!IsValidKey(key)) return;
        WriteAtomically(MarkerFor(key), System.Text.Encoding.UTF8.GetBytes(reason));
    }

    /// <summary>Keys are hex (content hashes): nothing in a key can climb out of the store.</summary>
    public static bool IsValidKey(string? key) =>
        key is { Length: >= 4 and <= 128 } && key.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c));

    private string Folder(string key) => Path.Combine(Root, key[..2]);

    private string MarkerFor(string key) => Path.Combine(Folder(key), key + ".none");

    private static void WriteAtomically(string path, ReadOnlySpan<byte> bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var f = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                f.Write(bytes);
                f.Flush(flushToDisk: false);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
