namespace PhotoDesk.Metadata.Writing;

/// <summary>
/// Replaces a file so that a crash never leaves a half-written one: the new content goes to a hidden temporary file
/// in the same folder (same file system, so the rename is atomic), is flushed to disk, and is then renamed over the
/// original. On any failure — including cancellation before the rename — the temporary file is removed and the
/// original is untouched. The modification time is deliberately NOT preserved: a changed photo must look changed
/// to ingest. The Unix permission bits of the original are kept.
/// </summary>
public static class AtomicFile
{
    /// <summary>Prefix of the temporary files (ingest and watchers should ignore names starting with it).</summary>
    public const string TempPrefix = ".photodesk-tmp-";

    public static void Write(string path, Action<Stream> writeContent, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(writeContent);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new MetadataWriteException($"{path}: no containing folder");
        var temp = Path.Combine(folder, $"{TempPrefix}{Guid.NewGuid():N}-{Path.GetFileName(full)}");
        try
        {
            // FileShare.Read: a scanner walking the folder meanwhile may read it, rather than fail on it.
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
            {
                writeContent(stream);
                stream.Flush(flushToDisk: true);
            }
            cancellationToken.ThrowIfCancellationRequested();
            CopyPermissions(full, temp);
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// True for a temporary file of this class. One can survive only a hard kill between its creation and the
    /// rename; it is never a photo, and scanners (ingest, snapshots) should skip it.
    /// </summary>
    public static bool IsTemporary(string path) => Path.GetFileName(path).StartsWith(TempPrefix, StringComparison.Ordinal);

    public static void WriteAllBytes(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default) =>
        Write(path, s => s.Write(content.Span), cancellationToken);

    private static void CopyPermissions(string original, string temp)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(original)) return;
        File.SetUnixFileMode(temp, File.GetUnixFileMode(original));
    }

    private static void TryDelete(string temp)
    {
        try { File.Delete(temp); }
        catch (IOException) { /* nothing more we can do; the original is intact */ }
        catch (UnauthorizedAccessException) { }
    }
}
