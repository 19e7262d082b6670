using PhotoDesk.Core.Indexing;
using PhotoDesk.Credits.Authority;

namespace PhotoDesk.Credits.Desk;

/// <summary>
/// Where the archive's credits.json is: the path given (option or setting), else <c>credits.json</c> in the current
/// folder, else at the archive root (the deepest folder that holds every indexed photo).
/// </summary>
public static class AuthorityLocator
{
    public static string? Find(string? configured, IEnumerable<PhotoEntry> entries)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        var here = Path.GetFullPath(AuthorityFile.DefaultFileName);
        if (File.Exists(here)) return here;
        var root = ArchiveRoot(entries);
        if (root is null) return null;
        var atRoot = Path.Combine(root, AuthorityFile.DefaultFileName);
        return File.Exists(atRoot) ? atRoot : null;
    }

    /// <summary>The default place for a new credits.json: the configured path, else the archive root, else the current folder.</summary>
    public static string DefaultOutput(string? configured, IEnumerable<PhotoEntry> entries) =>
        !string.IsNullOrWhiteSpace(configured) ? Path.GetFullPath(configured)
        : Path.Combine(ArchiveRoot(entries) ?? Environment.CurrentDirectory, AuthorityFile.DefaultFileName);

    public static string? ArchiveRoot(IEnumerable<PhotoEntry> entries)
    {
        string? common = null;
        foreach (var dir in entries.Select(e => Path.GetDirectoryName(Path.GetFullPath(e.Path))).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            common = common is null ? dir : CommonDirectory(common, dir);
            if (common is null) return null;
        }
        return common;
    }

    private static string? CommonDirectory(string a, string b)
    {
        var pa = a.Split(Path.DirectorySeparatorChar);
        var pb = b.Split(Path.DirectorySeparatorChar);
        var n = 0;
        while (n < pa.Length && n < pb.Length && pa[n] == pb[n]) n++;
        if (n == 0) return null;
        var joined = string.Join(Path.DirectorySeparatorChar, pa.Take(n));
        return joined.Length == 0 ? Path.DirectorySeparatorChar.ToString() : joined;
    }
}
