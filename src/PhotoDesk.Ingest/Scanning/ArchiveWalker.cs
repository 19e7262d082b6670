using System.IO.Enumeration;

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

        // Canonical path of every folder entered: a loop through a link is recognised the second time round. A folder
        // reached without a link has its parent's canonical path plus its name, so only links cost a realpath call.
        var visited = new HashSet<string>(StringComparer.Ordinal) { rootReal };
        var pending = new Stack<PendingFolder>();
        pending.Push(new PendingFolder(full, rootReal));
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var folder = pending.Pop();
            var listing = folder.Take();
            if (listing.Error is not null)
            {
                report.Incomplete(folder.Path, listing.Error);
                continue;
            }

            var subfolders = new List<PendingFolder>();
            foreach (var candidate in Photos(folder.Canonical, listing.Entries!, rootReal, visited, subfolders, report, _excluded))
                yield return candidate;
            // Stack: push in reverse so folders are visited in name order.
            for (var i = subfolders.Count - 1; i >= 0; i--) pending.Push(subfolders[i]);
            foreach (var next in pending.Take(ReadAheadFolders)) next.ReadAhead();
        }
    }

    /// <summary>How many of the next folders are listed ahead on the thread pool while this one's photos are yielded.</summary>
    private const int ReadAheadFolders = 16;

    /// <summary>
    /// A folder waiting its turn. The next few are listed ahead on the thread pool (listing and stat'ing is most of a
    /// rescan, and archives are deep trees of small date folders); the walk lists a folder that no pool thread has
    /// started itself, so the order of what it yields does not change. Whoever starts a listing first claims it: a
    /// pool thread that comes second just returns (with a lock, as a <see cref="Lazy{T}"/> had it, it spun on the
    /// lock until the walk was done with the folder: a fifth of a rescan's CPU, on a machine with two cores).
    /// </summary>
    private sealed class PendingFolder(string path, string canonical)
    {
        private readonly TaskCompletionSource<Listing> _listing = new();
        private int _queued;
        private int _claimed;

        public string Path { get; } = path;
        public string Canonical { get; } = canonical;

        public void ReadAhead()
        {
            if (Interlocked.Exchange(ref _queued, 1) == 1) return;
            ThreadPool.UnsafeQueueUserWorkItem(static folder => folder.ListUnlessClaimed(), this, preferLocal: false);
        }

        /// <summary>The listing; waits only when a pool thread is listing the folder right now.</summary>
        public Listing Take()
        {
            ListUnlessClaimed();
            return _listing.Task.GetAwaiter().GetResult(); // an unexpected failure of the listing surfaces here, on the walk's thread
        }

        private void ListUnlessClaimed()
        {
            if (Interlocked.Exchange(ref _claimed, 1) == 1) return;
            try { _listing.SetResult(Listing.Read(Path)); }
            catch (Exception e) { _listing.SetException(e); }
        }
    }

    /// <summary>A folder's entries in ordinal name order, or why it could not be listed.</summary>
    private readonly record struct Listing(List<Listed>? Entries, string? Error)
    {
        public static Listing Read(string dir)
        {
            try
            {
                var entries = new FileSystemEnumerable<Listed>(dir, Listed.From, ListOptions).ToList();
                entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
                return new Listing(entries, null);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                return new Listing(null, "cannot list folder: " + e.Message);
            }
        }
    }

    /// <summary>What a listed entry is to the walk.</summary>
    private enum EntryKind { Other, Folder, Photo, Sidecar }

    /// <summary>
    /// One entry of a folder listing, read from the directory entry itself: kind and link flag come with the name;
    /// size and time are read (one stat) only for photos and sidecars, the only files whose stamp counts. A symbolic
    /// link is classified by where it leads (a folder) or by its name, and looked at on its own in the walk.
    /// </summary>
    private readonly record struct Listed(string Name, EntryKind Kind, bool IsLink, FileFacts Facts)
    {
        public static Listed From(ref FileSystemEntry entry)
        {
            var name = entry.FileName.ToString();
            if (name.StartsWith('.')) return new Listed(name, EntryKind.Other, false, default); // hidden: never looked at
            var kind = entry.IsDirectory ? EntryKind.Folder
                : PhotoFileTypes.IsPhoto(name) ? EntryKind.Photo
                : PhotoFileTypes.IsSidecar(name) ? EntryKind.Sidecar
                : EntryKind.Other;
            if (kind == EntryKind.Other) return new Listed(name, kind, false, default);
            var path = entry.ToFullPath();
            try
            {
                // a symbolic link shows as a reparse point
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0) return new Listed(name, kind, true, new FileFacts(path, 0, default));
                if (kind == EntryKind.Folder) return new Listed(name, kind, false, new FileFacts(path, 0, default));
                return new Listed(name, kind, false, new FileFacts(path, entry.Length, entry.LastWriteTimeUtc.UtcDateTime));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // gone or unreadable since the listing
                return new Listed(name, kind == EntryKind.Folder ? EntryKind.Other : kind, false, new FileFacts(path, 0, default, e.Message));
            }
        }
    }

    private static IEnumerable<PhotoCandidate> Photos(string dirReal, List<Listed> listing, string rootReal,
        HashSet<string> visited, List<PendingFolder> subfolders, WalkReport report, HashSet<string> excluded)
    {
        Dictionary<string, FileFacts>? sidecars = null;
        var photos = new List<(string Name, FileFacts Facts)>();
        foreach (var entry in listing)
        {
            if (entry.Kind == EntryKind.Other) continue; // hidden entries (.git, ._AppleDouble, .thumbnails) and other files
            var facts = entry.Facts;
            if (entry.IsLink)
            {
                var target = RealPath.Resolve(facts.Path);
                if (target is null) continue; // dangling
                if (!RealPath.IsInside(target, rootReal))
                {
                    report.Refused(facts.Path, "symbolic link leads outside the archive root; not followed");
                    continue;
                }
                if (entry.Kind == EntryKind.Folder)
                {
                    if (!excluded.Contains(target) && visited.Add(target)) subfolders.Add(new PendingFolder(facts.Path, target));
                    continue;
                }
                try { facts = FileFacts.Of(new FileInfo(facts.Path)); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    facts = facts with { StatError = e.Message };
                }
            }
            else if (entry.Kind == EntryKind.Folder)
            {
                var canonical = Path.Join(dirReal, entry.Name);
                if (!excluded.Contains(canonical) && visited.Add(canonical)) subfolders.Add(new PendingFolder(facts.Path, canonical));
                continue;
            }
            if (entry.Kind == EntryKind.Photo) photos.Add((entry.Name, facts));
            else (sidecars ??= new(StringComparer.OrdinalIgnoreCase))[entry.Name] = facts;
        }

        foreach (var (name, photo) in photos)
        {
            if (photo.StatError is { } error)
            {
                report.Refused(photo.Path, "cannot stat file: " + error);
                continue;
            }
            yield return Candidate(name, photo, sidecars);
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
        var sidecars = new Dictionary<string, FileFacts>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in PhotoFileTypes.SidecarNamesFor(photo.Name))
        {
            var f = new FileInfo(Path.Combine(dir, name));
            if (f.Exists) sidecars[name] = FileFacts.Of(f);
        }
        return Candidate(photo.Name, FileFacts.Of(photo), sidecars);
    }

    private static PhotoCandidate Candidate(string photoName, FileFacts photo, Dictionary<string, FileFacts>? sidecars)
    {
        if (sidecars is null) return new PhotoCandidate(photo.Path, [], photo.Length, new DateTimeOffset(photo.ModifiedUtc, TimeSpan.Zero));
        var paths = new List<string>();
        var size = photo.Length;
        var modified = photo.ModifiedUtc;
        foreach (var name in PhotoFileTypes.SidecarNamesFor(photoName))
        {
            if (!sidecars.TryGetValue(name, out var sidecar) || sidecar.StatError is not null || paths.Contains(sidecar.Path)) continue;
            paths.Add(sidecar.Path);
            size += sidecar.Length;
            if (sidecar.ModifiedUtc > modified) modified = sidecar.ModifiedUtc;
        }
        return new PhotoCandidate(photo.Path, paths, size, new DateTimeOffset(modified, TimeSpan.Zero));
    }

    /// <summary>What a photo's stamp needs of a file: its path, size and modification time.</summary>
    private readonly record struct FileFacts(string Path, long Length, DateTime ModifiedUtc, string? StatError = null)
    {
        public static FileFacts Of(FileInfo file) => new(file.FullName, file.Length, file.LastWriteTimeUtc);
    }
}
