using System.Text;

namespace PhotoDesk.Ingest.Worker;

/// <summary>
/// How a process that edited photos asks the index owner to re-index them when it cannot take the index lock
/// itself (a worker holds it): it drops a small request file, one path per line, into
/// <c>&lt;index&gt;/refresh-requests/</c>. The worker watches that folder and re-indexes within a second or two; a
/// later one-shot ingest or worker start takes whatever is left.
/// </summary>
public static class RefreshRequests
{
    public const string FolderName = "refresh-requests";

    private const string RequestPattern = "*.txt";

    public static string Folder(string indexPath) => Path.Combine(Path.GetFullPath(indexPath), FolderName);

    /// <summary>Queues <paramref name="photoPaths"/> for re-indexing by the index's owner. Atomic: a request is never seen half written.</summary>
    public static void Submit(string indexPath, IEnumerable<string> photoPaths)
    {
        ArgumentNullException.ThrowIfNull(photoPaths);
        var lines = photoPaths.Select(Path.GetFullPath).Where(p => !p.Contains('\n')).ToList();
        if (lines.Count == 0) return;
        var folder = Folder(indexPath);
        Directory.CreateDirectory(folder);
        var name = $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}";
        var temp = Path.Combine(folder, "." + name + ".tmp");
        File.WriteAllText(temp, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        File.Move(temp, Path.Combine(folder, name + ".txt"));
    }

    /// <summary>Reads and deletes the pending requests; returns the paths they name.</summary>
    public static IReadOnlyList<string> Take(string indexPath)
    {
        var folder = Folder(indexPath);
        if (!Directory.Exists(folder)) return [];
        var paths = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, RequestPattern).Order(StringComparer.Ordinal))
        {
            try
            {
                paths.AddRange(File.ReadAllLines(file).Where(l => l.Length > 0));
                File.Delete(file);
            }
            catch (IOException) { /* taken by someone else, or being written: next time */ }
        }
        return paths;
    }

    /// <summary>Whether a request waits in the folder (cheap: one directory read, no file opened).</summary>
    public static bool ArePending(string indexPath)
    {
        var folder = Folder(indexPath);
        try
        {
            return Directory.Exists(folder) && Directory.EnumerateFiles(folder, RequestPattern).Any();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
