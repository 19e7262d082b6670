namespace PhotoDesk.Tui.State;

/// <summary>
/// Whether another process (a worker, an ingest) holds the index for writing, found without touching the lock:
/// taking it even briefly could make a starting ingest fail. On Linux, a process that holds PhotoDesk's writer lock
/// file keeps it open, so it shows among <c>/proc/PID/fd</c>. Elsewhere the answer is "no".
/// </summary>
public static class WriterActivity
{
    /// <summary>The cross-process guard ingest and the worker hold (Core.Indexing.IndexWriteGuard).</summary>
    public const string GuardFileName = PhotoDesk.Core.Indexing.IndexWriteGuard.FileName;

    public static bool IsHeldByAnotherProcess(string indexPath)
    {
        var target = Path.Combine(Path.GetFullPath(indexPath), GuardFileName);
        if (!File.Exists(target) || !Directory.Exists("/proc")) return false;
        var self = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            foreach (var proc in Directory.EnumerateDirectories("/proc"))
            {
                var pid = Path.GetFileName(proc);
                if (pid.Length == 0 || !char.IsAsciiDigit(pid[0]) || pid == self) continue;
                if (HoldsOpen(Path.Combine(proc, "fd"), target)) return true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return false;
    }

    private static bool HoldsOpen(string fdFolder, string target)
    {
        try
        {
            foreach (var fd in Directory.EnumerateFileSystemEntries(fdFolder))
            {
                if (string.Equals(new FileInfo(fd).LinkTarget, target, StringComparison.Ordinal)) return true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return false;
    }
}
