namespace PhotoDesk.Core.Indexing;

/// <summary>
/// A cross-process lock on an index folder (<c>photodesk-writer.lock</c>, held open with <see cref="FileShare.None"/>:
/// an exclusive <c>flock</c> on Linux, released by the OS when the process dies, even by SIGKILL). Taken before the
/// Lucene writer, because Lucene.Net 4.8's NativeFSLock was seen here to let a second process open a writer on an
/// index another process held (observed: worker running, a one-shot ingest still got the writer).
/// </summary>
public sealed class IndexWriteGuard : IDisposable
{
    public const string FileName = "photodesk-writer.lock";
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly FileStream _lock;

    private IndexWriteGuard(FileStream stream) => _lock = stream;

    /// <exception cref="IndexLockedException">Another process still holds the index after <paramref name="wait"/>.</exception>
    public static IndexWriteGuard Acquire(string indexPath, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(indexPath);
        var full = Path.GetFullPath(indexPath);
        Directory.CreateDirectory(full);
        var path = Path.Combine(full, FileName);
        var deadline = DateTime.UtcNow + (wait > TimeSpan.FromDays(3650) ? TimeSpan.FromDays(3650) : wait);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return new IndexWriteGuard(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                cancellationToken.WaitHandle.WaitOne(Poll);
            }
            catch (IOException)
            {
                throw new IndexLockedException(full);
            }
        }
    }

    public void Dispose() => _lock.Dispose();
}
