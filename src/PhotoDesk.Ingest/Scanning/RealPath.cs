using System.Runtime.InteropServices;

namespace PhotoDesk.Ingest.Scanning;

/// <summary>
/// The canonical path of a file or folder with every symbolic link resolved (POSIX <c>realpath</c>), so the walker
/// can tell a loop and a link leading out of the archive.
/// </summary>
public static partial class RealPath
{
    /// <returns>The resolved path, or null when it does not exist (a dangling link) or cannot be resolved.</returns>
    public static string? Resolve(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return File.Exists(path) || Directory.Exists(path) ? Path.GetFullPath(path) : null;
        var resolved = realpath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero) return null;
        try { return Marshal.PtrToStringUTF8(resolved); }
        finally { free(resolved); }
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or lies inside it (both canonical).</summary>
    public static bool IsInside(string path, string root)
    {
        if (string.Equals(path, root, StringComparison.Ordinal)) return true;
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr realpath(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void free(IntPtr ptr);
}
