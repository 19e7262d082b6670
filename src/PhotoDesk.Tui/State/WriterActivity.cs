using System.Diagnostics;
using PhotoDesk.Core.Indexing;

namespace PhotoDesk.Tui.State;

/// <summary>
/// Whether a worker (or another writer) is at work on the index, found without touching any lock: taking one, even
/// briefly, can make a starting ingest fail. Portable: the worker's heartbeat file (<see cref="WorkerHeartbeat"/>),
/// ignored when stale or when its process is gone from this host. On Linux, as an extra, a process other than this
/// one that holds one of the index folder's <c>*.lock</c> files open (seen in <c>/proc/PID/fd</c>) is a writer
/// without a heartbeat, such as <c>photodesk ingest</c>.
/// </summary>
public static class WriterActivity
{
    public static WorkerState Detect(string indexPath, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(indexPath);
        if (WorkerHeartbeat.Read(indexPath) is { } beat && beat.IsFresh(now) && IsAlive(beat))
            return beat.Indexing ? WorkerState.Indexing : WorkerState.Idle;
        return IsLockHeldByAnotherProcess(indexPath) ? WorkerState.OtherWriter : WorkerState.None;
    }

    /// <summary>A heartbeat from this host whose process has exited is a worker that was killed (no clean stop).</summary>
    private static bool IsAlive(WorkerHeartbeat beat)
    {
        if (!string.Equals(beat.Host, Environment.MachineName, StringComparison.Ordinal)) return true; // cannot tell: trust the clock
        try
        {
            using var process = Process.GetProcessById(beat.ProcessId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Linux only (false elsewhere): another process keeps one of the index folder's lock files open.</summary>
    public static bool IsLockHeldByAnotherProcess(string indexPath)
    {
        var folder = Path.GetFullPath(indexPath);
        if (!Directory.Exists("/proc") || !Directory.Exists(folder)) return false;
        var locks = Directory.EnumerateFiles(folder, "*.lock").Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        if (locks.Count == 0) return false;
        var self = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            foreach (var proc in Directory.EnumerateDirectories("/proc"))
            {
                var pid = Path.GetFileName(proc);
                if (pid.Length == 0 || !char.IsAsciiDigit(pid[0]) || pid == self) continue;
                if (HoldsOpen(Path.Combine(proc, "fd"), locks)) return true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return false;
    }

    private static bool HoldsOpen(string fdFolder, HashSet<string> targets)
    {
        try
        {
            foreach (var fd in Directory.EnumerateFileSystemEntries(fdFolder))
            {
                if (new FileInfo(fd).LinkTarget is { } target && targets.Contains(target)) return true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return false;
    }
}
