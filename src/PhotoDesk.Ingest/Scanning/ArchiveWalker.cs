namespace PhotoDesk.Ingest.Scanning;

/// <summary>
/// Walks an archive folder recursively and yields its photos with their sidecars. Skips hidden entries (names
/// starting with a dot), never follows a symbolic link out of the root, and survives link loops by remembering
/// the canonical path of every folder it entered. Folders are listed in ordinal name order, so two walks over the
/// same tree yield the same sequence.
/// </summary>
public sealed class ArchiveWalker
{
    private static readonly EnumerationOptions ListOptions = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    private readonly HashSet<string> _excluded;

    /// <param name="excludedFolders">Folders never entered (canonical paths), e.g. the index folder with its thumbnails.</param>
    public ArchiveWalker(IEnumerable<string>? excludedFolders = null) =>
        _excluded = new HashSet<string>(excludedFolders ?? [], StringComparer.Ordinal);

    /// <summary>Yields the photos under <paramref name="root"/> (a folder, or a single photo file).</summary>
    public IEnumerable<PhotoCandidate> Walk(string root, WalkReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(report);
        var full = Path.GetFullPath(root);
        if (File.Exists(full))
        {
            var single = SingleFile(full, report);
            if (single is not null) yield return single;
            yield break;
        }
        var rootReal = RealPath.Resolve(full);
        if (rootReal is null || !Directory.Exists(full))
        {
            report.Incomplete(full, "folder does not exist or cannot be resolved");
            yield break;
        }

        var visited = new HashSet<string>(StringComparer.Ordinal) { rootReal };
        var pending = new Stack<string>();
        pending.Push(full);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var dir = pending.Pop();
            var listing = List(dir, report);
            if (listing is null) continue;

            var subfolders = new List<string>();
            foreach (var candidate in Photos(dir, listing, rootReal, visited, subfolders, report, _excluded))
                yield return candidate;
            // Stack: push in reverse so folders are visited in name order.
            for (var i = subfolders.Count - 1; i >= 0; i--) pending.Push(subfolders[i]);
        }
    }

    private static List<FileSystemInfo>? List(string dir, WalkReport report)
    {
        try
        {
            var entries = new DirectoryInfo(dir).EnumerateFileSystemInfos("*", ListOptions).ToList();
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return entries;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            report.Incomplete(dir, "cannot list folder: " + e.Message);
            return null;
        }
    }

    private static IEnumerable<PhotoCandidate> Photos(string dir, List<FileSystemInfo> listing, string rootReal,
        HashSet<string> visited, List<string> subfolders, WalkReport report, HashSet<string> excluded)
    {
        var files = new Dictionary<string, FileInfo>(StringComparer.OrdinalIgnoreCase);
        var photos = new List<FileInfo>();
        foreach (var entry in listing)
        {
            if (entry.Name.StartsWith('.')) continue; // hidden folders and files (.git, ._AppleDouble, .thumbnails)
            var isLink = entry.LinkTarget is not null;
            if (entry is DirectoryInfo || (isLink && Directory.Exists(entry.FullName)))
            {
                // Canonical path of every folder: a loop through a link is recognised the second time round.
                var canonical = RealPath.Resolve(entry.FullName);
                if (canonical is null) continue; // dangling link
                if (!RealPath.IsInside(canonical, rootReal))
                {
                    report.Refused(entry.FullName, "symbolic link leads outside the archive root; not followed");
                    continue;
                }
                if (!excluded.Contains(canonical) && visited.Add(canonical)) subfolders.Add(entry.FullName);
                continue;
            }
            if (entry is not FileInfo file) continue;
            if (isLink)
            {
                var target = RealPath.Resolve(file.FullName);
                if (target is null) continue; // dangling
                if (!RealPath.IsInside(target, rootReal))
                {
                    report.Refused(file.FullName, "symbolic link leads outside the archive root; not followed");
                    continue;
                }
            }
            files[file.Name] = file;
            if (PhotoFileTypes.IsPhoto(file.Name)) photos.Add(file);
        }

        foreach (var photo in photos)
        {
            PhotoCandidate? candidate;
            try { candidate = Candidate(photo, files); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                report.Refused(photo.FullName, "cannot stat file: " + e.Message);
                continue;
            }
            yield return candidate;
        }
    }

    private static PhotoCandidate? SingleFile(string path, WalkReport report)
    {
        if (!PhotoFileTypes.IsPhoto(path))
        {
            report.Refused(path, "not a photo file type PhotoDesk reads");
            return null;
        }
        var photo = new FileInfo(path);
        var dir = photo.DirectoryName ?? ".";
        var files = new Dictionary<string, FileInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in PhotoFileTypes.SidecarNamesFor(photo.Name))
        {
            var f = new FileInfo(Path.Combine(dir, name));
            if (f.Exists) files[name] = f;
        }
        return Candidate(photo, files);
    }

    private static PhotoCandidate Candidate(FileInfo photo, IReadOnlyDictionary<string, FileInfo> files)
    {
        var sidecars = new List<string>();
        var size = photo.Length;
        var modified = photo.LastWriteTimeUtc;
        foreach (var name in PhotoFileTypes.SidecarNamesFor(photo.Name).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!files.TryGetValue(name, out var sidecar)) continue;
            sidecars.Add(sidecar.FullName);
            size += sidecar.Length;
            if (sidecar.LastWriteTimeUtc > modified) modified = sidecar.LastWriteTimeUtc;
        }
        return new PhotoCandidate(photo.FullName, sidecars, size, new DateTimeOffset(modified, TimeSpan.Zero));
    }
}
