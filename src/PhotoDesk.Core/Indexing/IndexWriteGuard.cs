namespace PhotoDesk.Core.Indexing;

/// <summary>
/// PhotoDesk's one cross-process write lock on an index folder (<c>photodesk-writer.lock</c>, held open with
/// <see cref="FileShare.None"/>: an exclusive <c>flock</c> on Linux, released by the OS when the process dies, even by
/// SIGKILL). <c>PhotoIndex.OpenWriter</c> takes it before the Lucene writer and holds it until the writer is disposed,
/// so every writer (ingest, worker, import, credit fixes, the desk) takes exactly this one lock. Needed because
/// Lucene.Net 4.8's NativeFSLock was seen here to let a second process open a writer on an index another process held
/// (observed: worker running, a one-shot ingest still got the writer).
/// </summary>
public sealed class IndexWriteGuard : IDisposable
{
    public const string FileName = "photodesk-writer.lock";
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly FileStream _lock;

    private IndexWriteGuard(FileStream stream) => _lock = stream;

    /// <summary>The lock, or null when another holder (this or another process) has it.</summary>
    public static IndexWriteGuard? TryAcquire(string indexPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(indexPath);
        var full = Path.GetFullPath(indexPath);
        Directory.CreateDirectory(full);
        var path = Path.Combine(full, FileName);
        try
        {
            return new IndexWriteGuard(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
        }
        catch (IOException) when (File.Exists(path))
        {
            return null; // sharing violation: someone holds it
        }
    }

    /// <exception cref="IndexLockedException">Another holder still has the index after <paramref name="wait"/>.</exception>
    public static IndexWriteGuard Acquire(string indexPath, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(indexPath);
        var deadline = DateTime.UtcNow + (wait > TimeSpan.FromDays(3650) ? TimeSpan.FromDays(3650) : wait);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryAcquire(indexPath) is { } guard) return guard;
            if (DateTime.UtcNow >= deadline) throw new IndexLockedException(Path.GetFullPath(indexPath));
            cancellationToken.WaitHandle.WaitOne(Poll);
        }
    }

    public void Dispose() => _lock.Dispose();
}
